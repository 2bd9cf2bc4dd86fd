package cn.jgdj.dashboards.page;

/** A term on a pack's definitions page and what it means. */
public record Definition(String term, String meaning) {
}
