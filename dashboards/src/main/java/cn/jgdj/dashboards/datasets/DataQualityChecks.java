package cn.jgdj.dashboards.datasets;

import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.indicators.Indicators.DataQuality;
import cn.jgdj.schemas.quality.ReasonCode;

/** The printed names of data-quality checks (set_aside:REASON names the reason code) and of set-aside reasons. */
public final class DataQualityChecks {
    private DataQualityChecks() {
    }

    public static String label(Labels l, String check) {
        if (check.startsWith(DataQuality.SET_ASIDE + ":")) {
            return l.t("隔离：", "Set aside: ") + reason(l, check.substring(DataQuality.SET_ASIDE.length() + 1));
        }
        return switch (check) {
            case DataQuality.SET_ASIDE -> l.t("导入隔离的行", "Rows set aside");
            case DataQuality.ASSUMED_ROSTER -> l.t("无出勤记录的支部活动", "Branch events without attendance rows");
            case DataQuality.EVENT_WITHOUT_END_OR_VENUE -> l.t("无结束时间或场地的活动", "Events without end or venue");
            case DataQuality.PLATFORM_AFTER_VALIDITY -> l.t("有效期后的平台记录", "Platform rows after validity");
            case DataQuality.EXACT_DUPLICATE -> l.t("重复报送的记录", "Exact duplicates collapsed");
            case DataQuality.SUPERSEDED -> l.t("被更正的出勤记录", "Superseded attendance rows");
            default -> check;
        };
    }

    /** A heat-map column's name: short enough that six columns fit side by side on the page. */
    public static String shortLabel(Labels l, String check) {
        return switch (check) {
            case DataQuality.SET_ASIDE -> l.t("导入隔离", "Set aside");
            case DataQuality.ASSUMED_ROSTER -> l.t("无出勤记录", "No roll");
            case DataQuality.EVENT_WITHOUT_END_OR_VENUE -> l.t("缺结束或场地", "No end/venue");
            case DataQuality.PLATFORM_AFTER_VALIDITY -> l.t("期后平台记录", "Late platform");
            case DataQuality.EXACT_DUPLICATE -> l.t("重复报送", "Duplicates");
            case DataQuality.SUPERSEDED -> l.t("被更正出勤", "Superseded");
            default -> label(l, check);
        };
    }

    /** A quarantine reason code in words (from the schema's enum), with the code so the operator can find the rows. */
    public static String reason(Labels l, String code) {
        for (ReasonCode c : ReasonCode.values()) {
            if (c.name().equals(code)) {
                return l.t(c.chinese() + "（" + code + "）", c.english() + " (" + code + ")");
            }
        }
        return code;
    }
}
