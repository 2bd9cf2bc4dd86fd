package cn.jgdj.jobs.events;

import cn.jgdj.jobs.io.SparkSchemas;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.Venues;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** Small curated tables (warehouse schemas) built row by row, and a compact text form of result rows. */
final class EventFixtures {
    private final SparkSession spark;
    private final List<Row> units = new ArrayList<>();
    private final List<Row> branches = new ArrayList<>();
    private final List<Row> venues = new ArrayList<>();
    private final List<Row> members = new ArrayList<>();
    private final List<Row> events = new ArrayList<>();
    private final List<Row> attendance = new ArrayList<>();

    EventFixtures(SparkSession spark) {
        this.spark = spark;
    }

    EventFixtures unit(String unitId) {
        units.add(RowFactory.create(unitId, "unit " + unitId, "agency"));
        return this;
    }

    EventFixtures branch(String branchId, String unitId) {
        branches.add(RowFactory.create(branchId, "branch " + branchId, unitId));
        return this;
    }

    EventFixtures venue(String venueId, String ownerUnitId, String kind) {
        venues.add(RowFactory.create(venueId, "venue " + venueId, ownerUnitId, kind));
        return this;
    }

    /** A member row valid from..to (to null = current). */
    EventFixtures member(String key, String type, String branchId, String from, String to, boolean exempt) {
        members.add(RowFactory.create(key, "F", Date.valueOf("1980-01-01"), "bachelor", type, "ordinary", branchId,
                Date.valueOf("2010-01-01"), Date.valueOf(from), to == null ? null : Date.valueOf(to), exempt, false,
                false));
        return this;
    }

    /** An event of two hours starting at 09:00 on the day. */
    EventFixtures event(String id, String type, String unitId, String branchId, String venueId, String day,
                        String audience) {
        LocalDateTime start = LocalDate.parse(day).atTime(9, 0);
        events.add(RowFactory.create(id, type, "title " + id, unitId, branchId, venueId, start, start.plusHours(2),
                null, "offline", audience, start.getYear()));
        return this;
    }

    /** Attendance rows of one event: alternating member_key, status. */
    EventFixtures attendance(String eventId, int year, String... keyStatus) {
        for (int i = 0; i < keyStatus.length; i += 2) {
            attendance.add(RowFactory.create(eventId, keyStatus[i], keyStatus[i + 1], null, year));
        }
        return this;
    }

    Dataset<Row> units() {
        return spark.createDataFrame(units, SparkSchemas.curated(Units.DEF));
    }

    Dataset<Row> branches() {
        return spark.createDataFrame(branches, SparkSchemas.curated(Branches.DEF));
    }

    Dataset<Row> venues() {
        return spark.createDataFrame(venues, SparkSchemas.curated(Venues.DEF));
    }

    Dataset<Row> members() {
        return spark.createDataFrame(members, SparkSchemas.curated(Members.DEF));
    }

    Dataset<Row> events() {
        return spark.createDataFrame(events, SparkSchemas.curated(Events.DEF));
    }

    Dataset<Row> attendance() {
        return spark.createDataFrame(attendance, SparkSchemas.curated(Attendance.DEF));
    }

    /** Every row as its values joined by '|', in the dataset's order. */
    static List<String> lines(Dataset<Row> rows) {
        return rows.collectAsList().stream()
                .map(r -> Arrays.stream(toArray(r)).map(String::valueOf).collect(Collectors.joining("|")))
                .toList();
    }

    private static Object[] toArray(Row r) {
        Object[] values = new Object[r.size()];
        for (int i = 0; i < r.size(); i++) {
            values[i] = r.get(i);
        }
        return values;
    }
}
