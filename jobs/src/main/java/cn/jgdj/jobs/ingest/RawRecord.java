package cn.jgdj.jobs.ingest;

import java.io.Serializable;

/**
 * One record of a raw file before parsing: its row number as a spreadsheet user counts (header = 1), its cells,
 * and, when the record's cell count differs from the header's, that count ({@link #WELL_FORMED} otherwise).
 */
public record RawRecord(long row, String[] cells, int malformedCellCount) implements Serializable {
    public static final int WELL_FORMED = -1;

    public static RawRecord of(long row, String... cells) {
        return new RawRecord(row, cells, WELL_FORMED);
    }

    public boolean malformed() {
        return malformedCellCount != WELL_FORMED;
    }
}
