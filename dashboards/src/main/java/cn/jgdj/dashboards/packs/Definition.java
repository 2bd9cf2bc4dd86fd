package cn.jgdj.dashboards.packs;

/** A term on a pack's definitions page and what it means. */
public record Definition(String term, String meaning) {
}
