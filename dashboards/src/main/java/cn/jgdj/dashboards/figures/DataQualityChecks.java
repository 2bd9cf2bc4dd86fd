package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.schemas.indicators.Indicators.DataQuality;

/** The printed name of a data-quality check (set_aside:REASON names the reason code). */
final class DataQualityChecks {
    private DataQualityChecks() {
    }

    static String label(PackContext ctx, String check) {
        if (check.startsWith(DataQuality.SET_ASIDE + ":")) {
            return ctx.t("隔离：", "Set aside: ") + check.substring(DataQuality.SET_ASIDE.length() + 1);
        }
        return switch (check) {
            case DataQuality.SET_ASIDE -> ctx.t("导入隔离的行", "Rows set aside");
            case DataQuality.ASSUMED_ROSTER -> ctx.t("无出勤记录的支部活动", "Branch events without attendance rows");
            case DataQuality.EVENT_WITHOUT_END_OR_VENUE -> ctx.t("无结束时间或场地的活动", "Events without end or venue");
            case DataQuality.PLATFORM_AFTER_VALIDITY -> ctx.t("有效期后的平台记录", "Platform rows after validity");
            default -> check;
        };
    }
}
