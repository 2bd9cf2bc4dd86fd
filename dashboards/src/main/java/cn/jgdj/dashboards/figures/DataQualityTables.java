package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.data.DataQualityRow;
import cn.jgdj.dashboards.datasets.DataQualityChecks;
import cn.jgdj.dashboards.page.Appendix;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.page.TablePage;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.indicators.Indicators.DataQuality;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Appendix: data quality of the review year from data_quality — the raw rows set aside at ingest by reason (with the
 * units they touch), then by unit: rows set aside, their share of the unit's rows, and the checks over their
 * rules-file threshold. Rows whose date could not be read belong to no year; they are counted apart.
 */
public final class DataQualityTables implements Appendix {
    /** The unit of set-aside rows that could not be placed (DimensionGroups.UNKNOWN in the jobs module). */
    static final String UNPLACED = "unknown";
    private static final String REASON_PREFIX = DataQuality.SET_ASIDE + ":";

    /** One unit's year: rows set aside, its rows, the checks over threshold, quarters needing review. */
    private static final class UnitYear {
        long setAside;
        long rows;
        final Set<String> over = new TreeSet<>();
        final Set<String> reviewQuarters = new TreeSet<>();
    }

    @Override
    public List<TablePage> build(PackContext ctx) {
        Labels l = ctx.labels();
        int year = ctx.period().year();
        List<DataQualityRow> all = ctx.tables().acting().dataQuality().rows();
        if (all.isEmpty()) {
            return List.of();
        }
        Map<String, Long> byReason = new TreeMap<>();
        Map<String, Set<String>> unitsByReason = new HashMap<>();
        long undated = 0;
        Map<String, UnitYear> units = new TreeMap<>();
        Set<String> quarterRowsCounted = new HashSet<>();
        for (DataQualityRow r : all) {
            boolean inYear = r.inYear(year);
            if (r.check().startsWith(REASON_PREFIX)) {
                if (inYear) {
                    String reason = r.check().substring(REASON_PREFIX.length());
                    byReason.merge(reason, r.count(), Long::sum);
                    if (r.count() > 0) {
                        unitsByReason.computeIfAbsent(reason, k -> new TreeSet<>()).add(r.unitId());
                    }
                } else if (DataQuality.UNDATED.equals(r.period())) {
                    undated += r.count();
                }
                continue;
            }
            if (!inYear) {
                continue;
            }
            UnitYear u = units.computeIfAbsent(r.unitId(), k -> new UnitYear());
            if (quarterRowsCounted.add(r.unitId() + "|" + r.period())) {
                u.rows += r.unitRows();
            }
            if (DataQuality.SET_ASIDE.equals(r.check())) {
                u.setAside += r.count();
            }
            if (r.exceeds()) {
                u.over.add(r.check());
            }
            if (r.needsReview()) {
                u.reviewQuarters.add(r.period().substring(4));
            }
        }
        String period = l.period(ctx.period());
        List<List<String>> reasonRows = new ArrayList<>();
        byReason.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> reasonRows.add(List.of(DataQualityChecks.reason(l, e.getKey()),
                        Long.toString(e.getValue()), Integer.toString(unitsByReason.getOrDefault(e.getKey(),
                                Set.of()).size()))));
        long total = byReason.values().stream().mapToLong(Long::longValue).sum();
        if (!reasonRows.isEmpty()) {
            reasonRows.add(List.of(l.t("合计", "Total"), Long.toString(total), "—"));
        }
        List<TablePage> out = new ArrayList<>();
        out.add(new TablePage(l.t("附表：" + period + "未纳入计算的原始数据行（按原因）",
                "Appendix: raw rows set aside in " + period + ", by reason"),
                l.t("导入时不符合要求的行不纳入任何指标，逐行记录在 quarantine/ 中并注明原因，待单位核实补正。"
                                + (undated > 0 ? "另有" + undated + "行日期无法识别，不属于任何年度，未计入本表。" : ""),
                        "Rows that fail the checks at ingest are kept out of every indicator and listed in "
                                + "quarantine/ with their reason, for the unit to check and correct."
                                + (undated > 0 ? " Another " + undated + " rows have an unreadable date and "
                                + "belong to no year; they are not in this table." : "")),
                List.of(l.t("原因", "Reason"), l.t("行数", "Rows"), l.t("涉及单位数", "Units")),
                reasonRows.isEmpty() ? List.of(List.of(l.t("本年度没有被隔离的行", "No row set aside this year"), "0", "0"))
                        : reasonRows, new float[] {3f, 1f, 1f}));

        List<Map.Entry<String, UnitYear>> listed = units.entrySet().stream()
                .filter(e -> e.getValue().setAside > 0 || !e.getValue().reviewQuarters.isEmpty())
                .sorted(Comparator.comparing((Map.Entry<String, UnitYear> e) -> e.getValue().reviewQuarters.isEmpty())
                        .thenComparing(e -> -e.getValue().setAside)
                        .thenComparing(e -> l.unit(e.getKey()), cn.jgdj.dashboards.text.NaturalOrder.INSTANCE))
                .toList();
        List<List<String>> unitRows = new ArrayList<>();
        for (Map.Entry<String, UnitYear> e : listed) {
            UnitYear u = e.getValue();
            Map<String, String> directory = ctx.tables().unitNames();
            String name = UNPLACED.equals(e.getKey()) ? l.t("未能归属单位的行", "Rows without a unit")
                    : directory.isEmpty() || directory.containsKey(e.getKey()) ? l.unit(e.getKey())
                    : e.getKey() + l.t("（单位名录中无此单位）", " (not in the unit directory)");
            unitRows.add(List.of(name, Long.toString(u.setAside), u.rows == 0 ? "—" : l.percent((double) u.setAside / u.rows),
                    u.over.isEmpty() ? "—" : String.join(l.t("、", ", "), u.over.stream()
                            .map(c -> DataQualityChecks.label(l, c)).toList()),
                    u.reviewQuarters.isEmpty() ? "—" : String.join(l.t("、", ", "), u.reviewQuarters.stream()
                            .map(q -> quarterWord(l, q)).toList())));
        }
        out.add(new TablePage(l.t("附表：" + period + "各单位数据质量", "Appendix: data quality by unit, " + period),
                l.t("列出有被隔离行或需复核的单位，需复核的在前。占比为被隔离行占该单位全年记录（活动、出勤、平台记录及被隔离的行）"
                                + "的比例；某季度任一检查项超过规则文件规定的比例，该季度即需复核。",
                        "Units with rows set aside or needing review, those needing review first. Share: rows set "
                                + "aside of the unit's rows in the year (events, attendance, platform rows and rows "
                                + "set aside); a quarter needs review when any check is above its rules-file share."),
                List.of(l.t("单位", "Unit"), l.t("被隔离行", "Set aside"), l.t("占比", "Share"),
                        l.t("超过规定比例的检查项", "Checks over threshold"), l.t("需复核季度", "Quarters to review")),
                unitRows.isEmpty() ? List.of(List.of(l.t("无", "None"), "0", "—", "—", "—")) : unitRows,
                new float[] {2.2f, 1f, 1f, 3f, 1.3f}));
        return out;
    }

    /** "Q3" as the packs write a quarter of the year: 第3季度 / Q3. */
    static String quarterWord(cn.jgdj.dashboards.text.Labels l, String quarter) {
        return l.t("第" + quarter.substring(1) + "季度", quarter);
    }
}
