package cn.jgdj.jobs.ingest;

import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.RawColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where each raw column sits in a file, read from its header row (English identifiers or Chinese labels).
 *
 * @param positions      per raw column in definition order: the cell index, or -1 when the file lacks the column
 * @param width          the number of header cells
 * @param ignoredColumns header cells that name no column of the dataset (ignored, reported)
 */
public record HeaderMapping(int[] positions, int width, List<String> ignoredColumns) {

    /** Maps a header row; a missing required column or a column given twice is an {@link IngestException}. */
    public static HeaderMapping of(DatasetDef def, String fileName, List<String> header) {
        List<RawColumn> cols = def.rawColumns();
        int[] positions = new int[cols.size()];
        Arrays.fill(positions, -1);
        List<String> ignored = new ArrayList<>();
        for (int j = 0; j < header.size(); j++) {
            String h = header.get(j) == null ? "" : Normalize.trim(header.get(j));
            if (h.isEmpty()) {
                continue;
            }
            Optional<RawColumn> col = def.columnForHeader(h).or(() -> def.columnForHeader(Normalize.halfWidth(h)));
            if (col.isEmpty()) {
                ignored.add(h);
                continue;
            }
            int i = cols.indexOf(col.get());
            if (positions[i] >= 0) {
                throw new IngestException(fileName + ": header cells " + (positions[i] + 1) + " ('"
                        + Normalize.trim(header.get(positions[i])) + "') and " + (j + 1) + " ('" + h
                        + "') both mean column " + col.get().name() + "; keep one");
            }
            positions[i] = j;
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            RawColumn c = cols.get(i);
            if (c.required() && positions[i] < 0) {
                List<String> words = new ArrayList<>();
                words.add(c.name());
                words.addAll(c.aliases());
                missing.add("missing required column " + c.name() + " (accepted header words: "
                        + String.join(", ", words) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new IngestException(fileName + ": " + String.join("; ", missing));
        }
        return new HeaderMapping(positions, header.size(), List.copyOf(ignored));
    }
}
