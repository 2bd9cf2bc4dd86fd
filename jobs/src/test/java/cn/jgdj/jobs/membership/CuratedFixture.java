package cn.jgdj.jobs.membership;

import cn.jgdj.jobs.JobParams;
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
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.work.WorkTables.CreditedHours;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Builds small curated warehouse tables (with the curated schemas) and writes them through StagedJobIO. */
public final class CuratedFixture {
    private final SparkSession spark;
    private final List<Row> units = new ArrayList<>();
    private final List<Row> branches = new ArrayList<>();
    private final List<Row> members = new ArrayList<>();
    private final List<Row> events = new ArrayList<>();
    private final List<Row> attendance = new ArrayList<>();
    private final List<Row> platform = new ArrayList<>();
    private final List<Row> volunteer = new ArrayList<>();
    private final List<Row> credits = new ArrayList<>();

    public static final StructType CREDITED_SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("member_key", DataTypes.StringType, false),
            DataTypes.createStructField(CreditedHours.EVENT_ID, DataTypes.StringType, true),
            DataTypes.createStructField(CreditedHours.EVENT_TYPE, DataTypes.StringType, false),
            DataTypes.createStructField(CreditedHours.DATE, DataTypes.DateType, false),
            DataTypes.createStructField(CreditedHours.YEAR, DataTypes.IntegerType, false),
            DataTypes.createStructField(CreditedHours.QUARTER, DataTypes.IntegerType, false),
            DataTypes.createStructField(CreditedHours.CREDIT_HOURS, DataTypes.DoubleType, false)));

    public CuratedFixture(SparkSession spark) {
        this.spark = spark;
    }

    public static JobParams params(int minCellSize, String rulesFile) {
        return new JobParams(null, rulesFile, minCellSize, LocalDate.of(2026, 6, 30), null, new byte[0], true);
    }

    public static StagedJobIO io(SparkSession spark, Path out) {
        return new StagedJobIO(spark, out.toString(), out.resolve("_staging/test").toString());
    }

    public CuratedFixture unit(String id, String type) {
        units.add(RowFactory.create(id, "unit " + id, type));
        return this;
    }

    public CuratedFixture branch(String id, String unit) {
        branches.add(RowFactory.create(id, "branch " + id, unit));
        return this;
    }

    /** A member row with defaults; change fields on the returned builder, then call add(). */
    public MemberRow member(String key) {
        return new MemberRow(key);
    }

    public CuratedFixture event(String id, String type, String start, String end, Double credit) {
        LocalDateTime s = LocalDateTime.parse(start);
        events.add(RowFactory.create(id, type, "event " + id, "U1", null, null, s, LocalDateTime.parse(end), credit,
                "offline", "invited", s.getYear()));
        return this;
    }

    public CuratedFixture attend(String event, String member, String status, Double credit, int year) {
        attendance.add(RowFactory.create(event, member, status, credit, year));
        return this;
    }

    public CuratedFixture usage(String member, String platformId, String date, int points, int minutes) {
        LocalDate d = LocalDate.parse(date);
        platform.add(RowFactory.create(member, platformId, Date.valueOf(d), points, minutes, d.getYear(),
                d.getMonthValue()));
        return this;
    }

    public CuratedFixture volunteer(String logId, String member, String date, String theme, double hours) {
        LocalDate d = LocalDate.parse(date);
        volunteer.add(RowFactory.create(logId, member, Date.valueOf(d), theme, hours, "U1", d.getYear()));
        return this;
    }

    /** A work/credited_hours row (for jobs downstream of credit). */
    public CuratedFixture credit(String member, String date, double hours) {
        LocalDate d = LocalDate.parse(date);
        credits.add(RowFactory.create(member, "E-" + member + "-" + date, Codes.PARTY_LECTURE, Date.valueOf(d),
                d.getYear(), (d.getMonthValue() - 1) / 3 + 1, hours));
        return this;
    }

    public Dataset<Row> units() {
        return spark.createDataFrame(units, SparkSchemas.curated(Units.DEF));
    }

    public Dataset<Row> branches() {
        return spark.createDataFrame(branches, SparkSchemas.curated(Branches.DEF));
    }

    public Dataset<Row> members() {
        return spark.createDataFrame(members, SparkSchemas.curated(Members.DEF));
    }

    public Dataset<Row> events() {
        return spark.createDataFrame(events, SparkSchemas.curated(Events.DEF));
    }

    public Dataset<Row> attendance() {
        return spark.createDataFrame(attendance, SparkSchemas.curated(Attendance.DEF));
    }

    public Dataset<Row> platformUsage() {
        return spark.createDataFrame(platform, SparkSchemas.curated(PlatformUsage.DEF));
    }

    public Dataset<Row> volunteerLogs() {
        return spark.createDataFrame(volunteer, SparkSchemas.curated(VolunteerLogs.DEF));
    }

    public Dataset<Row> credited() {
        return spark.createDataFrame(credits, CREDITED_SCHEMA);
    }

    /** Writes every warehouse table (and work/credited_hours when credits were given) and commits. */
    public void writeTo(StagedJobIO io) {
        io.write(Catalog.warehouse(Units.NAME), units());
        io.write(Catalog.warehouse(Branches.NAME), branches());
        io.write(Catalog.warehouse(Members.NAME), members());
        io.write(Catalog.warehouse(Events.NAME), events());
        io.write(Catalog.warehouse(Attendance.NAME), attendance());
        io.write(Catalog.warehouse(PlatformUsage.NAME), platformUsage());
        io.write(Catalog.warehouse(VolunteerLogs.NAME), volunteerLogs());
        if (!credits.isEmpty()) {
            io.write(Catalog.work(CreditedHours.NAME), credited());
        }
        io.commit();
    }

    /** One member row: defaults are a full, ordinary, non-exempt member of branch B1 valid from 2000. */
    public final class MemberRow {
        private final String key;
        private String gender = "M";
        private String birth = "1980-06-15";
        private String education = "bachelor";
        private String type = Codes.FULL;
        private String role = "ordinary";
        private String branch = "B1";
        private String from = "2000-01-01";
        private String to;
        private boolean exempt;
        private boolean mobile;
        private boolean impaired;

        private MemberRow(String key) {
            this.key = key;
        }

        public MemberRow gender(String g) {
            gender = g;
            return this;
        }

        public MemberRow born(String date) {
            birth = date;
            return this;
        }

        public MemberRow education(String e) {
            education = e;
            return this;
        }

        public MemberRow type(String t) {
            type = t;
            return this;
        }

        public MemberRow role(String r) {
            role = r;
            return this;
        }

        public MemberRow branch(String b) {
            branch = b;
            return this;
        }

        public MemberRow valid(String fromDate, String toDate) {
            from = fromDate;
            to = toDate;
            return this;
        }

        public MemberRow exempt() {
            exempt = true;
            return this;
        }

        public MemberRow mobile() {
            mobile = true;
            return this;
        }

        public MemberRow impaired() {
            impaired = true;
            return this;
        }

        public CuratedFixture add() {
            members.add(RowFactory.create(key, gender, Date.valueOf(birth), education, type, role, branch,
                    Date.valueOf("2000-01-01"), Date.valueOf(from), to == null ? null : Date.valueOf(to), exempt,
                    mobile, impaired));
            return CuratedFixture.this;
        }
    }
}
