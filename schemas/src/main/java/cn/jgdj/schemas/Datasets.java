package cn.jgdj.schemas;

import static cn.jgdj.schemas.codes.CodeTable.en;

import cn.jgdj.schemas.codes.CodeTable;
import cn.jgdj.schemas.raw.DatasetDef;
import java.util.List;

/** The raw datasets, in the order ingest reads them (references point to earlier ones). */
public final class Datasets {
    private Datasets() {
    }

    public static final List<DatasetDef> ALL = List.of(
            Units.DEF, Branches.DEF, Venues.DEF, Members.DEF, Events.DEF,
            Attendance.DEF, PlatformUsage.DEF, VolunteerLogs.DEF);

    /** The raw datasets' labels, for the packs' data-quality pages. */
    public static final CodeTable LABELS = CodeTable.named("dataset")
            .code(Units.NAME, en("units"), "单位")
            .code(Branches.NAME, en("branches"), "支部")
            .code(Venues.NAME, en("venues"), "教学场地")
            .code(Members.NAME, en("members"), "党员")
            .code(Events.NAME, en("events"), "活动")
            .code(Attendance.NAME, en("attendance"), "考勤")
            .code(PlatformUsage.NAME, en("platform usage"), "学习平台")
            .code(VolunteerLogs.NAME, en("volunteer logs"), "志愿服务")
            .build();

    public static DatasetDef byName(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown dataset '" + name + "'; known: "
                        + ALL.stream().map(DatasetDef::name).toList()));
    }
}
