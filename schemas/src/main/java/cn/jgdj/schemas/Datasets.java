package cn.jgdj.schemas;

import cn.jgdj.schemas.raw.DatasetDef;
import java.util.List;

/** The raw datasets, in the order ingest reads them (references point to earlier ones). */
public final class Datasets {
    private Datasets() {
    }

    public static final List<DatasetDef> ALL = List.of(
            Units.DEF, Branches.DEF, Venues.DEF, Members.DEF, Events.DEF,
            Attendance.DEF, PlatformUsage.DEF, VolunteerLogs.DEF);

    public static DatasetDef byName(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown dataset '" + name + "'; known: "
                        + ALL.stream().map(DatasetDef::name).toList()));
    }
}
