package cn.jgdj.jobs.membership;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.try_element_at;

import cn.jgdj.jobs.driverside.SmallTables;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.indicators.Dimensions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Members with their branch's unit and that unit's type, as {@link WindowMembers#withUnits} gives them, but looked
 * up in two literal maps made from the branches and the units, read by the driver from their Parquet files
 * ({@link SmallTables}: no Spark job; tables made on the driver are collected). The joins broadcast each table, and
 * each broadcast is a Spark job of its own (AQE plans it as a query stage); a county has a few hundred branches and
 * units. Branch and unit ids are the warehouse keys (one row each), so a lookup gives what
 * the left joins gave: null for a member without a branch, a branch not in the file, or a unit not in the file.
 */
public final class UnitLookup {
    private UnitLookup() {
    }

    /** {@code members} with columns `unit` (the branch's unit_id) and `unit_type` (that unit's type) added. */
    public static Dataset<Row> withUnits(Dataset<Row> members, Dataset<Row> branches, Dataset<Row> units) {
        Map<String, String> unitOfBranch = new LinkedHashMap<>();
        Map<String, String> typeOfUnit = new LinkedHashMap<>();
        putPairs(unitOfBranch, SmallTables.strings(branches, Branches.BRANCH_ID, Branches.UNIT_ID));
        putPairs(typeOfUnit, SmallTables.strings(units, Units.UNIT_ID, Units.UNIT_TYPE));
        return members.withColumn(Dimensions.UNIT, lookup(unitOfBranch, col(Members.BRANCH_ID)))
                .withColumn(Dimensions.UNIT_TYPE, lookup(typeOfUnit, col(Dimensions.UNIT)));
    }

    private static void putPairs(Map<String, String> pairs, List<String[]> rows) {
        for (String[] r : rows) {
            // A null id matches no member in a join; a map cannot hold it. A null value is left out too (Spark's
            // optimiser fails on a null in a map literal): a missing key gives null, as the left join did.
            if (r[0] != null && r[1] != null) {
                pairs.put(r[0], r[1]);
            }
        }
    }

    /** The value of {@code key} in {@code pairs}, null when the key is null or not there. */
    static Column lookup(Map<String, String> pairs, Column key) {
        if (pairs.isEmpty()) {
            return lit(null).cast("string");
        }
        List<Column> entries = new ArrayList<>();
        pairs.forEach((k, v) -> {
            entries.add(lit(k));
            entries.add(lit(v));
        });
        return try_element_at(map(entries.toArray(Column[]::new)), key);
    }
}
