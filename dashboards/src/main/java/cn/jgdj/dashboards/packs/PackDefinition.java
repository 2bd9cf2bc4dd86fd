package cn.jgdj.dashboards.packs;

import cn.jgdj.dashboards.page.Appendix;
import cn.jgdj.dashboards.page.Definition;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.CreditRules;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One pack: its id, the kind of period it reviews, its title, its charts in order, its definitions and its
 * appendix tables. Every pack opens with the summary page (要点) built from the tables.
 */
public record PackDefinition(String id, Period.Kind periodKind, Function<Labels, String> title,
                             List<Figure> figures, Function<Labels, List<Definition>> definitions,
                             List<Appendix> appendices) {

    /** A pack without appendix tables. */
    public PackDefinition(String id, Period.Kind periodKind, Function<Labels, String> title, List<Figure> figures,
                          Function<Labels, List<Definition>> definitions) {
        this(id, periodKind, title, figures, definitions, List.of());
    }

    /** The definitions page: the pack's own terms after the common ones (which quote the year's 学时 rules). */
    public List<Definition> definitionsFor(Labels l, CreditRules rules) {
        List<Definition> out = new ArrayList<>(Definitions.common(l, rules));
        out.addAll(definitions.apply(l));
        return out;
    }
}
