package cn.jgdj.jobs.dataquality;

/**
 * One aggregate of the long table of scored rows: how many rows of a unit in a quarter fall under a check
 * ({@link ScorecardRows#ROW} when none), and whether they count in the unit's rows (the share's denominator).
 * Collapsed copies, superseded rows and the extra end-time mark of a set-aside event are counted against the
 * unit's rows, not in them.
 */
record Tally(String period, String unitId, String check, boolean counted, long rows) {
}
