package cn.jgdj.dashboards.charts;

/** A labelled reference line across a value axis (an overall rate, a target, the full-coverage line). */
public record Reference(double value, String label) {
}
