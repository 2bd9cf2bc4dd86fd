package cn.jgdj.jobs.underserved;

/**
 * How many of a group's members had one outcome in one year: the unit the tests work on.
 *
 * @param period    the year, e.g. 2025
 * @param indicator an outcome identifier (Indicators.UnderServed.OUTCOMES)
 * @param dimension a dimension (Dimensions.ORDER); `all`/`all` holds the year's totals
 * @param group     the group value as a string
 * @param members   eligible members of the group
 * @param successes members of the group with the outcome
 */
public record OutcomeCount(String period, String indicator, String dimension, String group, long members,
                           long successes) {
}
