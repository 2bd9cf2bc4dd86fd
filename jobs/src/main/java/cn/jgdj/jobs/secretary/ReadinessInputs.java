package cn.jgdj.jobs.secretary;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.codes.Codes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The small inputs of secretary readiness, collected in one Spark job: the branches' units, the units' types, the
 * secretaries' member rows and the training events' days. Each is a few rows per branch; collected one by one they
 * cost four jobs (each planned, code-generated and scheduled), here the four filtered scans are one union, one job.
 * Rows come back leg by leg in each table's own order, so a repeated id keeps its last value, as with four collects.
 */
final class ReadinessInputs {
    /** Which table a collected row came from (first column). */
    private static final int BRANCH = 0;
    private static final int UNIT = 1;
    private static final int SECRETARY = 2;
    private static final int TRAINING = 3;

    private final List<ReadinessRows.SecretaryRow> secretaryRows;
    private final Map<String, LocalDate> trainingDays;

    private ReadinessInputs(List<ReadinessRows.SecretaryRow> secretaryRows, Map<String, LocalDate> trainingDays) {
        this.secretaryRows = secretaryRows;
        this.trainingDays = trainingDays;
    }

    /**
     * @return the member rows with role secretary whose branch is in the branches file (in the members table's
     *         order, with the branch's unit and that unit's type), and the start day of each rotation training or
     *         training class by event id
     */
    static ReadinessInputs collect(Dataset<Row> members, Dataset<Row> branches, Dataset<Row> units,
                                   Dataset<Row> events) {
        Column noText = lit(null).cast("string");
        Column noDay = lit(null).cast("date");
        Dataset<Row> all = branches.select(lit(BRANCH), col(Branches.BRANCH_ID), col(Branches.UNIT_ID), noDay, noDay)
                .union(units.select(lit(UNIT), col(Units.UNIT_ID), col(Units.UNIT_TYPE), noDay, noDay))
                .union(members.filter(col(Members.ROLE).equalTo(Codes.SECRETARY))
                        .select(lit(SECRETARY), col(Members.MEMBER_KEY), col(Members.BRANCH_ID),
                                col(Members.VALID_FROM), col(Members.VALID_TO)))
                .union(events.filter(col(Events.EVENT_TYPE).isin(Codes.ROTATION_TRAINING, Codes.TRAINING_CLASS))
                        .select(lit(TRAINING), col(Events.EVENT_ID), noText, col(Events.START_TIME).cast("date"),
                                noDay));
        return of(all.collectAsList());
    }

    /** The rows of {@link #collect}'s union: kind, id, text, day, day. */
    static ReadinessInputs of(List<Row> rows) {
        Map<String, String> unitOfBranch = new HashMap<>();
        Map<String, String> typeOfUnit = new HashMap<>();
        for (Row r : rows) {
            if (r.getInt(0) == BRANCH) {
                unitOfBranch.put(r.getString(1), r.getString(2));
            } else if (r.getInt(0) == UNIT) {
                typeOfUnit.put(r.getString(1), r.getString(2));
            }
        }
        List<ReadinessRows.SecretaryRow> secretaryRows = new ArrayList<>();
        Map<String, LocalDate> trainingDays = new HashMap<>();
        for (Row r : rows) {
            if (r.getInt(0) == SECRETARY) {
                // A secretary row of a branch missing from the branches file is not counted.
                if (!r.isNullAt(2) && unitOfBranch.containsKey(r.getString(2))) {
                    String unit = unitOfBranch.get(r.getString(2));
                    secretaryRows.add(new ReadinessRows.SecretaryRow(r.getString(1), r.getDate(3).toLocalDate(),
                            r.isNullAt(4) ? null : r.getDate(4).toLocalDate(), unit,
                            unit == null ? null : typeOfUnit.get(unit)));
                }
            } else if (r.getInt(0) == TRAINING) {
                trainingDays.put(r.getString(1), r.getDate(3).toLocalDate());
            }
        }
        return new ReadinessInputs(secretaryRows, trainingDays);
    }

    List<ReadinessRows.SecretaryRow> secretaryRows() {
        return secretaryRows;
    }

    Map<String, LocalDate> trainingDays() {
        return trainingDays;
    }
}
