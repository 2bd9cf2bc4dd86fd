package cn.jgdj.jobs.forecast;

/** Members of one dimension group eligible at a quarter end, by role and projection bin. */
public record GroupCell(int year, int quarter, String dimension, String group, String role, int bin, long members) {
}
