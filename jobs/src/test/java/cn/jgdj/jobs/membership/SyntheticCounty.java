package cn.jgdj.jobs.membership;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_timestamp_ntz;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.rand;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import cn.jgdj.jobs.io.SparkSchemas;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.VolunteerLogs;
import cn.jgdj.schemas.codes.CodeTable;
import cn.jgdj.schemas.codes.Codes;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * A seeded random county in curated form (not the demo generator: no dirty rows, no ingest needed), for invariant
 * tests and the benchmark. Members transfer, change type, join and leave at random dates; events run twice a month per
 * branch (some over midnight); attendance, platform usage and volunteer logs are drawn per member.
 */
public final class SyntheticCounty {
    private final SparkSession spark;
    private final int members;
    private final int firstYear;
    private final int years;
    private final long seed;

    public SyntheticCounty(SparkSession spark, int members, int firstYear, int years, long seed) {
        this.spark = spark;
        this.members = members;
        this.firstYear = firstYear;
        this.years = years;
        this.seed = seed;
    }

    private int units() {
        return Math.max(3, members / 100);
    }

    public Dataset<Row> unitsTable() {
        List<Row> rows = new ArrayList<>();
        List<String> types = Codes.UNIT_TYPE.ids();
        for (int u = 0; u < units(); u++) {
            rows.add(RowFactory.create("U" + u, "unit " + u, types.get(u % types.size())));
        }
        return spark.createDataFrame(rows, SparkSchemas.curated(Units.DEF));
    }

    public Dataset<Row> branchesTable() {
        List<Row> rows = new ArrayList<>();
        for (int b = 0; b < units() * 2; b++) {
            rows.add(RowFactory.create("B" + b, "branch " + b, "U" + (b / 2)));
        }
        return spark.createDataFrame(rows, SparkSchemas.curated(Branches.DEF));
    }

    /** One or two rows per person: a second row (transfer or type change, maybe exempt) from a random date. */
    public Dataset<Row> membersTable() {
        Random r = new Random(seed);
        List<Row> rows = new ArrayList<>();
        Date spanStart = Date.valueOf(firstYear + "-01-01");
        long spanDays = 365L * years;
        int branches = units() * 2;
        for (int m = 0; m < members; m++) {
            String key = "k" + m;
            String gender = r.nextBoolean() ? "M" : "F";
            Date birth = Date.valueOf((1960 + r.nextInt(42)) + "-" + pad(1 + r.nextInt(12)) + "-" + pad(1 + r.nextInt(28)));
            String education = pick(Codes.EDUCATION, r);
            double t = r.nextDouble();
            String type = t < 0.8 ? Codes.FULL : t < 0.9 ? Codes.PROBATIONARY : t < 0.95 ? Codes.CANDIDATE : Codes.ACTIVIST;
            String role = r.nextDouble() < 0.1 ? Codes.SECRETARY : pick(Codes.ROLE, r);
            String branch = "B" + r.nextInt(branches);
            Date from = r.nextDouble() < 0.75 ? Date.valueOf("2010-01-01") : day(spanStart, r.nextInt((int) spanDays));
            boolean exempt = r.nextDouble() < 0.04;
            boolean mobile = r.nextDouble() < 0.1;
            boolean impaired = r.nextDouble() < 0.05;
            double change = r.nextDouble();
            if (change < 0.3) {
                Date switchDay = day(from.toLocalDate().isBefore(spanStart.toLocalDate()) ? spanStart : from,
                        1 + r.nextInt(400));
                rows.add(RowFactory.create(key, gender, birth, education, type, role, branch, from, from, day(switchDay, -1),
                        exempt, mobile, impaired));
                String type2 = Codes.PROBATIONARY.equals(type) ? Codes.FULL : type;
                Date to2 = r.nextDouble() < 0.2 ? day(switchDay, 30 + r.nextInt(300)) : null;
                rows.add(RowFactory.create(key, gender, birth, education, type2, role, "B" + r.nextInt(branches), from,
                        switchDay, to2, exempt || r.nextDouble() < 0.1, mobile, impaired));
            } else {
                Date to = r.nextDouble() < 0.1 ? day(from.toLocalDate().isBefore(spanStart.toLocalDate()) ? spanStart
                        : from, 30 + r.nextInt(500)) : null;
                rows.add(RowFactory.create(key, gender, birth, education, type, role, branch, from, from, to, exempt,
                        mobile, impaired));
            }
        }
        return spark.createDataFrame(rows, SparkSchemas.curated(Members.DEF));
    }

    /** Per branch and month: one meeting (4th, 1-3 h, sometimes with credit_hours) and one over midnight (20th). */
    public Dataset<Row> eventsTable() {
        Column monthStart = explode(sequence(lit(Date.valueOf(firstYear + "-01-01")),
                lit(Date.valueOf((firstYear + years - 1) + "-12-01")), expr("interval 1 month")));
        Dataset<Row> bm = branchesTable().select(col(Branches.BRANCH_ID), col(Branches.UNIT_ID), monthStart.as("m"));
        Column types = expr("array('party_lecture','theme_party_day','group_meeting','training_class')");
        Dataset<Row> meetings = bm.select(
                concat(col(Branches.BRANCH_ID), lit("-"), col("m").cast("string"), lit("-a")).as(Events.EVENT_ID),
                element_at(types, floor(rand(seed).multiply(4)).cast("int").plus(1)).as(Events.EVENT_TYPE),
                col(Branches.UNIT_ID), col(Branches.BRANCH_ID),
                make_timestamp_ntz(year(col("m")), month(col("m")), lit(4), lit(9), lit(0), lit(0)).as(Events.START_TIME),
                make_timestamp_ntz(year(col("m")), month(col("m")), lit(4), lit(9).plus(floor(rand(seed + 1).multiply(3))),
                        floor(rand(seed + 2).multiply(4)).multiply(15), lit(0)).as(Events.END_TIME),
                when(rand(seed + 3).lt(0.3), lit(2.0)).as(Events.CREDIT_HOURS));
        Dataset<Row> overnight = bm.select(
                concat(col(Branches.BRANCH_ID), lit("-"), col("m").cast("string"), lit("-b")).as(Events.EVENT_ID),
                lit(Codes.ROTATION_TRAINING).as(Events.EVENT_TYPE), col(Branches.UNIT_ID), col(Branches.BRANCH_ID),
                make_timestamp_ntz(year(col("m")), month(col("m")), lit(20), lit(14), lit(0), lit(0)).as(Events.START_TIME),
                make_timestamp_ntz(year(col("m")), month(col("m")), lit(21), lit(11), lit(45), lit(0)).as(Events.END_TIME),
                lit(null).cast("double").as(Events.CREDIT_HOURS));
        return meetings.unionByName(overnight).select(col(Events.EVENT_ID), col(Events.EVENT_TYPE),
                col(Events.EVENT_ID).as(Events.TITLE), col(Branches.UNIT_ID).as(Events.ORGANIZER_UNIT_ID),
                col(Branches.BRANCH_ID).as(Events.BRANCH_ID), lit(null).cast("string").as(Events.VENUE_ID),
                col(Events.START_TIME), col(Events.END_TIME), col(Events.CREDIT_HOURS), lit("offline").as(Events.MODE),
                lit("branch").as(Events.AUDIENCE), year(col(Events.START_TIME)).as(Events.YEAR));
    }

    /** Each member row's branch events during its validity, with a random status and rare overrides. */
    public Dataset<Row> attendanceTable(Dataset<Row> members, Dataset<Row> events) {
        Column draw = rand(seed + 4);
        Column status = when(draw.lt(0.7), lit(Codes.PRESENT)).when(draw.lt(0.78), lit(Codes.MAKEUP))
                .when(draw.lt(0.86), lit(Codes.EXCUSED)).when(draw.lt(0.95), lit(Codes.ABSENT))
                .otherwise(lit(Codes.OBSERVER));
        Column day = col(Events.START_TIME).cast("date");
        return events.join(members.select(col(Members.MEMBER_KEY), col(Members.BRANCH_ID).as("_b"),
                        col(Members.VALID_FROM), col(Members.VALID_TO)),
                        col(Events.BRANCH_ID).equalTo(col("_b")).and(col(Members.VALID_FROM).leq(day))
                                .and(col(Members.VALID_TO).isNull().or(col(Members.VALID_TO).geq(day))))
                .select(col(Events.EVENT_ID), col(Members.MEMBER_KEY), status.as(Attendance.STATUS),
                        when(rand(seed + 5).lt(0.03), lit(1.5)).as(Attendance.CREDIT_HOURS),
                        col(Events.YEAR).as(Attendance.YEAR))
                .dropDuplicates(Attendance.EVENT_ID, Attendance.MEMBER_KEY);
    }

    /** Each person on each platform on a random tenth of the days; some days with points but no minutes. */
    public Dataset<Row> platformTable() {
        Dataset<Row> days = spark.range(members).select(concat(lit("k"), col("id").cast("string")).as("k"),
                explode(sequence(lit(Date.valueOf(firstYear + "-01-01")),
                        lit(Date.valueOf((firstYear + years - 1) + "-12-31")), expr("interval 1 day"))).as("d"));
        Dataset<Row> xuexi = days.filter(rand(seed + 6).lt(0.1)).withColumn("p", lit("xuexi"));
        Dataset<Row> dengta = days.filter(rand(seed + 7).lt(0.05)).withColumn("p", lit("dengta"));
        return xuexi.unionByName(dengta).select(col("k").as(PlatformUsage.MEMBER_KEY), col("p").as(PlatformUsage.PLATFORM),
                col("d").as(PlatformUsage.DATE), floor(rand(seed + 8).multiply(60)).cast("int").as(PlatformUsage.POINTS),
                floor(rand(seed + 9).multiply(90)).cast("int").as(PlatformUsage.MINUTES),
                year(col("d")).as(PlatformUsage.YEAR), month(col("d")).as(PlatformUsage.MONTH));
    }

    /** About one log per person per ten months, over every theme. */
    public Dataset<Row> volunteerTable() {
        Dataset<Row> months = spark.range(members).select(concat(lit("k"), col("id").cast("string")).as("k"),
                explode(sequence(lit(Date.valueOf(firstYear + "-01-01")),
                        lit(Date.valueOf((firstYear + years - 1) + "-12-01")), expr("interval 1 month"))).as("m"));
        Column themes = expr("array(" + String.join(",", Codes.THEME.ids().stream().map(t -> "'" + t + "'").toList())
                + ")");
        return months.filter(rand(seed + 10).lt(0.1)).select(
                concat(col("k"), lit("-"), col("m").cast("string")).as(VolunteerLogs.LOG_ID),
                col("k").as(VolunteerLogs.MEMBER_KEY),
                date_add(col("m"), floor(rand(seed + 11).multiply(28)).cast("int")).as(VolunteerLogs.DATE),
                element_at(themes, floor(rand(seed + 12).multiply(Codes.THEME.ids().size())).cast("int").plus(1))
                        .as(VolunteerLogs.THEME),
                floor(rand(seed + 13).multiply(8)).divide(2).plus(0.5).as(VolunteerLogs.HOURS),
                lit("U0").as(VolunteerLogs.ORGANIZER_UNIT_ID), year(col("m")).as(VolunteerLogs.YEAR));
    }

    /** Writes the whole warehouse (curated column order) and commits. */
    public void writeTo(StagedJobIO io) {
        Dataset<Row> m = membersTable();
        Dataset<Row> e = eventsTable();
        io.write(Catalog.warehouse(Units.NAME), unitsTable());
        io.write(Catalog.warehouse(Branches.NAME), branchesTable());
        io.write(Catalog.warehouse(Members.NAME), m);
        io.write(Catalog.warehouse(Events.NAME), curated(e, SparkSchemas.curated(Events.DEF).fields()));
        io.write(Catalog.warehouse(Attendance.NAME), curated(attendanceTable(m, e), SparkSchemas.curated(Attendance.DEF).fields()));
        io.write(Catalog.warehouse(PlatformUsage.NAME), curated(platformTable(), SparkSchemas.curated(PlatformUsage.DEF).fields()));
        io.write(Catalog.warehouse(VolunteerLogs.NAME), curated(volunteerTable(), SparkSchemas.curated(VolunteerLogs.DEF).fields()));
        io.commit();
    }

    private static Dataset<Row> curated(Dataset<Row> rows, StructField[] fields) {
        List<Column> cols = new ArrayList<>();
        for (StructField f : fields) {
            cols.add(col(f.name()).cast(f.dataType()).as(f.name()));
        }
        return rows.select(cols.toArray(Column[]::new));
    }

    private static String pick(CodeTable table, Random r) {
        List<String> ids = table.ids();
        return ids.get(r.nextInt(ids.size()));
    }

    private static Date day(Date d, int plus) {
        return Date.valueOf(d.toLocalDate().plusDays(plus));
    }

    private static String pad(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
