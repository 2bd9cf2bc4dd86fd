/**
 * What a pack is made of, shared by the figures that fill it, the writers that render it and the pack list:
 * a {@link cn.jgdj.dashboards.page.Figure} (a chart with its reading text), an
 * {@link cn.jgdj.dashboards.page.Appendix} table page, a {@link cn.jgdj.dashboards.page.Definition}, and the
 * {@link cn.jgdj.dashboards.page.PackContext} they draw from. Depends on no other pack package, so
 * {@code packs} → {@code figures} → {@code page} and {@code packs} → {@code render} → {@code page} have no cycle.
 */
package cn.jgdj.dashboards.page;
