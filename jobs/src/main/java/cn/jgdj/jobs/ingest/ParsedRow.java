package cn.jgdj.jobs.ingest;

/**
 * A raw record after parsing: typed values by raw column (String, LocalDate, LocalDateTime, Double, Integer,
 * Boolean; null when blank), the raw cells for quarantine (personal columns already blanked), the member_key when
 * the dataset has a member_id, and the rejection (null when the row passed the row-level checks).
 * A {@code blank} row (every cell empty) is neither data nor an error.
 */
public record ParsedRow(long row, Object[] values, String[] rawCells, String memberKey, Rejection rejection,
                        boolean blank) {

    public boolean rejected() {
        return rejection != null;
    }
}
