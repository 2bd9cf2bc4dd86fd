package cn.jgdj.jobs.forecast;

/** A group's year-end attainment: eligible members of the year and those who attained (coverage's definition). */
public record YearActual(int year, String dimension, String group, long eligible, long attained) {
}
