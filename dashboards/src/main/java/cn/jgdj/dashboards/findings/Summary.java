package cn.jgdj.dashboards.findings;

import cn.jgdj.dashboards.page.TablePage;
import java.util.List;

/** A pack's opening page (要点): an intro, numbered sections of plain sentences, the units needing attention. */
public record Summary(String heading, String intro, List<Section> sections, TablePage units) {

    /** A numbered section and its sentences, one finding or action each. */
    public record Section(String heading, List<String> sentences) {
        public Section {
            sentences = List.copyOf(sentences);
        }
    }

    public Summary {
        sections = List.copyOf(sections);
    }

    /** Every sentence of the page in reading order (tests and the text layer). */
    public String text() {
        StringBuilder sb = new StringBuilder(heading).append('\n').append(intro).append('\n');
        for (Section s : sections) {
            sb.append(s.heading()).append('\n');
            s.sentences().forEach(x -> sb.append(x).append('\n'));
        }
        if (units != null) {
            units.rows().forEach(r -> sb.append(String.join(" | ", r)).append('\n'));
        }
        return sb.toString();
    }
}
