package cn.jgdj.jobs.forecast;

/**
 * County-wide experience of one year: members eligible at a quarter end with a role and projection bin, and how
 * many of them attained the requirement at the year's end.
 */
public record ProjectionCell(int year, int quarter, String role, int bin, long members, long attained) {
}
