package cn.jgdj.dashboards.findings;

import cn.jgdj.dashboards.data.CoverageRow;
import cn.jgdj.schemas.AttentionRules;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.data.TrendRow;
import cn.jgdj.dashboards.data.UnderServedRow;
import cn.jgdj.dashboards.datasets.CoverageData;
import cn.jgdj.dashboards.datasets.Headlines;
import cn.jgdj.dashboards.datasets.UnderServedData;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.page.TablePage;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.Trends;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The summary page (要点) of a pack, generated from the indicator tables: headline figures against last year,
 * every statistically significant trend, the flagged under-served groups (training outcomes; platform activity
 * apart), the units needing attention with reasons, and suggested actions from the texts file.
 */
public final class Findings {
    private Findings() {
    }

    public static Summary of(PackContext ctx) {
        Texts x = Texts.of(ctx.labels().lang());
        Labels l = ctx.labels();
        Period period = ctx.period();
        Set<String> actions = new LinkedHashSet<>();
        List<Summary.Section> sections = new ArrayList<>();

        String intro;
        Optional<CoverageRow> overall = CoverageData.overall(ctx.tables().coverage().rows(), period);
        if (period.isYear() && overall.isPresent()) {
            intro = x.get("summary.intro", "period", l.period(period), "eligible",
                    String.format(Locale.ROOT, "%,d", overall.get().eligible()));
        } else {
            intro = x.get("summary.intro.quarter", "period", l.period(period));
        }
        sections.add(new Summary.Section(x.get("section.headlines"),
                period.isYear() ? yearHeadlines(ctx, x) : quarterHeadlines(ctx, x)));
        sections.add(new Summary.Section(x.get("section.trends"), trends(ctx, x, actions)));
        sections.add(new Summary.Section(x.get("section.groups"), groups(ctx, x, actions)));

        List<UnitAttention> units = UnitsNeedingAttention.of(ctx, x);
        units.forEach(u -> actions.addAll(u.actions()));
        List<UnitAttention> focus = UnitsNeedingAttention.focus(units, ctx.attention());
        sections.add(new Summary.Section(x.get("section.units"), unitsLines(units, focus, x, ctx)));
        List<String> numbered = new ArrayList<>();
        int i = 1;
        for (String a : actions) {
            // The texts are lower-case phrases (the appendix's actions column joins them); a list item is a sentence.
            numbered.add(l.t("（" + i + "）" + a + "。", "(" + i + ") " + a.substring(0, 1).toUpperCase(Locale.ROOT)
                    + a.substring(1) + "."));
            i++;
        }
        sections.add(new Summary.Section(x.get("section.actions"), numbered.isEmpty() ? List.of(x.get("action.none"))
                : numbered));
        return new Summary(x.get("summary.heading"), intro, sections, focusTable(focus, x, l));
    }

    /** How many units need attention, how many are 重点关注 (the table below), and the rule that put them there. */
    static List<String> unitsLines(List<UnitAttention> units, List<UnitAttention> focus, Texts x, PackContext ctx) {
        if (units.isEmpty()) {
            return List.of(x.get("units.none"));
        }
        long focusCount = units.stream().filter(UnitAttention::isFocus).count();
        String count;
        if (focusCount == 0) {
            count = x.get("units.count.nofocus", "count", units.size());
        } else if (focus.size() < focusCount) {
            count = x.get("units.count.focus.more", "count", units.size(), "focus", focusCount, "shown", focus.size());
        } else if (focusCount == units.size()) {
            count = x.get("units.count.allfocus", "count", units.size());
        } else {
            count = x.get("units.count.focus", "count", units.size(), "focus", focusCount);
        }
        return List.of(count, UnitsNeedingAttention.focusRule(x, ctx.attention()));
    }

    /** Whether the summary page's table holds every unit needing attention (then no appendix list is needed). */
    static boolean summaryHoldsAll(List<UnitAttention> units, AttentionRules rules) {
        return UnitsNeedingAttention.focus(units, rules).size() == units.size();
    }

    /**
     * The summary page's 重点关注 table: unit, the rules that put it there, its reasons with their figures (null when
     * there are none); the actions are the summary's numbered list and the appendix's last column.
     */
    static TablePage focusTable(List<UnitAttention> focus, Texts x, Labels l) {
        TablePage all = unitsTable(focus, x, l);
        return all == null ? null : new TablePage(all.title(), null, all.header().subList(0, 3),
                all.rows().stream().map(r -> r.subList(0, 3)).toList(), new float[] {1.2f, 2.2f, 3.6f});
    }

    /**
     * The units needing attention as a table: unit, the 重点关注 rules it meets (— when none), reasons, actions
     * (null when there are none).
     */
    public static TablePage unitsTable(List<UnitAttention> units, Texts x, Labels l) {
        if (units.isEmpty()) {
            return null;
        }
        String sep = l.t("；", "; ");
        List<List<String>> rows = units.stream().map(u -> List.of(u.unit(),
                u.isFocus() ? String.join(sep, u.focus()) : "—",
                u.reasons().stream().map(UnitAttention.Reason::text).collect(Collectors.joining(sep)),
                String.join(sep, u.actions()))).toList();
        return new TablePage(x.get("section.units"), null, List.of(x.get("units.column.unit"),
                x.get("units.column.focus"), x.get("units.column.reasons"), x.get("units.column.actions")), rows,
                new float[] {1.1f, 1.7f, 2.6f, 2.6f});
    }

    static List<String> yearHeadlines(PackContext ctx, Texts x) {
        Labels l = ctx.labels();
        Map<String, Double> now = Headlines.ofYear(ctx.tables(), ctx.period(), l);
        Map<String, Double> before = Headlines.ofYear(ctx.tables(), ctx.period().yearEarlier(), l);
        List<String> out = new ArrayList<>();
        now.forEach((name, v) -> {
            if (v != null) {
                out.add(change(x, "headline.", name, v, before.get(name), l));
            }
        });
        return out.isEmpty() ? List.of(x.get("headline.none", "period", l.period(ctx.period()))) : out;
    }

    static List<String> quarterHeadlines(PackContext ctx, Texts x) {
        Labels l = ctx.labels();
        List<String> out = new ArrayList<>();
        for (String ind : Trends.HEADLINES) {
            Optional<TrendRow> row = allMembers(ctx.tables().trends().rows(), ind, ctx.period());
            row.ifPresent(r -> {
                Double before = Double.isNaN(r.yoyChange()) ? null : r.value() - r.yoyChange();
                out.add(change(x, "headline.quarter.", l.indicator(ind), r.value(), before, l));
            });
        }
        return out.isEmpty() ? List.of(x.get("headline.none", "period", l.period(ctx.period()))) : out;
    }

    private static String change(Texts x, String prefix, String name, double now, Double before, Labels l) {
        String value = l.percent(now);
        if (before == null || Double.isNaN(before)) {
            return x.get(prefix + "new", "indicator", name, "value", value);
        }
        double pp = Math.round((now - before) * 1000) / 10.0;
        String key = pp > 0 ? "up" : pp < 0 ? "down" : "same";
        return x.get(prefix + key, "indicator", name, "value", value, "pp",
                String.format(Locale.ROOT, "%.1f", Math.abs(pp)));
    }

    /** Significant trends at the latest quarter of the period: all members in full, then the groups in one line. */
    static List<String> trends(PackContext ctx, Texts x, Set<String> actions) {
        Labels l = ctx.labels();
        List<TrendRow> rows = ctx.tables().trends().rows();
        Period last = ctx.period().isYear() ? ctx.period().quarters().get(3) : ctx.period();
        Optional<Period> at = rows.stream().map(TrendRow::period).filter(p -> p.isQuarter() && p.compareTo(last) <= 0)
                .max(Comparator.naturalOrder());
        List<String> out = new ArrayList<>();
        if (at.isEmpty()) {
            out.add(x.get("trend.none"));
            return out;
        }
        List<TrendRow> significant = rows.stream().filter(r -> r.period().equals(at.get()) && !r.suppressed()
                        && (Trends.FALLING.equals(r.direction()) || Trends.RISING.equals(r.direction())))
                .sorted(Comparator.comparingInt((TrendRow r) -> Trends.HEADLINES.indexOf(r.indicator()))
                        .thenComparing(TrendRow::dimension).thenComparing(TrendRow::group))
                .toList();
        Map<Series, Long> observed = quartersObserved(rows, at.get());
        List<String> groupLines = new ArrayList<>();
        for (TrendRow r : significant) {
            long n = observed.getOrDefault(new Series(r.indicator(), r.dimension(), r.group()), 0L);
            String sentence = x.get("trend." + r.direction(), "indicator", l.indicator(r.indicator()),
                    "group", groupName(l, r.dimension(), r.group()), "n", n, "p", x.p(r.skP()));
            if (Dimensions.ALL.equals(r.dimension())) {
                out.add(sentence);
                if (Trends.FALLING.equals(r.direction()) && !Trends.PLATFORM_ACTIVE_RATE.equals(r.indicator())) {
                    actions.add(x.get("action.trend.falling", "indicator", l.indicator(r.indicator())));
                }
            } else if (Trends.FALLING.equals(r.direction())) {
                groupLines.add(sentence);
            }
        }
        if (out.isEmpty()) {
            out.add(x.get("trend.none"));
        }
        out.addAll(groupLines.subList(0, Math.min(MAX_GROUP_TRENDS, groupLines.size())));
        if (groupLines.size() > MAX_GROUP_TRENDS) {
            out.add(x.get("trend.groups.more", "count", groupLines.size() - MAX_GROUP_TRENDS));
        }
        return out;
    }

    /** One trend series: an indicator for one group of one dimension. */
    private record Series(String indicator, String dimension, String group) {
    }

    /**
     * Per series, its unsuppressed rows with a value up to the period: counted in one pass, since a county of
     * 1,000 units has thousands of significant unit series and a scan per series was quadratic.
     */
    private static Map<Series, Long> quartersObserved(List<TrendRow> rows, Period until) {
        Map<Series, Long> n = new HashMap<>();
        for (TrendRow s : rows) {
            if (s.period().compareTo(until) <= 0 && !s.suppressed() && !Double.isNaN(s.value())) {
                n.merge(new Series(s.indicator(), s.dimension(), s.group()), 1L, Long::sum);
            }
        }
        return n;
    }

    /** Group trends printed in full on the page; the rest are counted (the analyst pack shows them all). */
    static final int MAX_GROUP_TRENDS = 3;

    /** Flagged groups on training outcomes, each with its action; platform activity apart and for reference. */
    static List<String> groups(PackContext ctx, Texts x, Set<String> actions) {
        Labels l = ctx.labels();
        List<UnderServedRow> all = ctx.tables().underServed().rows();
        Period year = UnderServedData.latestYear(all, ctx.period().yearPeriod()).orElse(ctx.period().yearPeriod());
        List<UnderServedRow> flagged = UnderServedData.flaggedRows(all, year);
        List<String> out = new ArrayList<>();
        List<String> platform = new ArrayList<>();
        for (UnderServedRow r : flagged) {
            if (UnderServed.PLATFORM_ACTIVITY.equals(r.indicator())) {
                platform.add(groupName(l, r));
                continue;
            }
            if (Dimensions.UNIT.equals(r.dimension())) {
                continue; // units are in the units-needing-attention list
            }
            out.add(x.get("group.flagged", "group", groupName(l, r), "indicator", l.indicator(r.indicator()),
                    "rate", l.percent(r.rate()), "gap", String.format(Locale.ROOT, "%.1f", Math.abs(r.gapPp())),
                    "n", String.format(Locale.ROOT, "%,d", r.members()), "q", x.q(r.qValue())));
            actions.add(groupAction(x, r));
        }
        if (out.isEmpty()) {
            out.add(x.get("group.none", "period", l.period(year)));
        }
        if (!platform.isEmpty()) {
            out.add(x.get("group.platform", "list", String.join(x.get("value.list.separator"),
                    new LinkedHashSet<>(platform))));
        }
        return out;
    }

    /** A group's name that reads alone in a sentence: 35岁及以下党员, 本科学历党员, 行动不便党员. */
    static String groupName(Labels l, UnderServedRow r) {
        return groupName(l, r.dimension(), r.group());
    }

    static String groupName(Labels l, String dimension, String group) {
        if (Dimensions.MOBILITY_IMPAIRED.equals(dimension) && "false".equals(group)) {
            return l.t("行动不便以外的其他党员", "Members not mobility-impaired");
        }
        String g = l.group(dimension, group);
        if (l.lang() != cn.jgdj.dashboards.text.Lang.ZH) {
            return englishGroupName(l, dimension, group, g);
        }
        if (g.endsWith("党员") || Dimensions.ALL.equals(dimension) || Dimensions.ROLE.equals(dimension)
                || Dimensions.UNIT.equals(dimension)) {
            return g;
        }
        return Dimensions.EDUCATION.equals(dimension) ? g + "学历党员" : g + "党员";
    }

    /** "Members aged 56 or over", "Mobile members", "Female members": not "Mobile member: Mobile". */
    private static String englishGroupName(Labels l, String dimension, String group, String g) {
        return switch (dimension) {
            case Dimensions.AGE_BAND -> "Members aged " + g;
            case Dimensions.GENDER -> g + " members";
            case Dimensions.EDUCATION -> "Members with " + g.toLowerCase(Locale.ROOT) + " education";
            case Dimensions.MEMBER_TYPE, Dimensions.ROLE -> g.endsWith("member") ? g + "s" : g + " members";
            // "Members in mass organisation units", not "Unit type: Mass organisation: Volunteer participation".
            case Dimensions.UNIT_TYPE -> "Members in " + g.toLowerCase(Locale.ROOT) + " units";
            case Dimensions.MOBILE -> "true".equals(group) ? "Mobile members" : "Members not mobile";
            case Dimensions.MOBILITY_IMPAIRED -> "true".equals(group) ? "Mobility-impaired members" : "Other members";
            default -> l.dimensionGroup(dimension, group);
        };
    }

    static String groupAction(Texts x, UnderServedRow r) {
        String specific = "action.group." + r.dimension() + "." + r.group();
        if (x.has(specific)) {
            return x.get(specific);
        }
        String byDimension = "action.group." + r.dimension();
        return x.has(byDimension) ? x.get(byDimension) : x.get("action.group.default");
    }

    private static Optional<TrendRow> allMembers(List<TrendRow> rows, String indicator, Period quarter) {
        return rows.stream().filter(r -> r.indicator().equals(indicator) && Dimensions.ALL.equals(r.dimension())
                && r.period().equals(quarter) && !r.suppressed() && !Double.isNaN(r.value())).findFirst();
    }
}
