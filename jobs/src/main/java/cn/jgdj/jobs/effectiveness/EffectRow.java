package cn.jgdj.jobs.effectiveness;

/**
 * One row of the effectiveness table (Effectiveness.COLUMNS without period and the bootstrap columns, which the
 * job adds). att and the bounds are null when suppressed or not estimable.
 */
public record EffectRow(String program, String outcome, String dimension, String group, String eventTime,
                        Double att, Double ciLow, Double ciHigh, long treated, long comparison,
                        boolean pretrendWarning, boolean suppressed) {
}
