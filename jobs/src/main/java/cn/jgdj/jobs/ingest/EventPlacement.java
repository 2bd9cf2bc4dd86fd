package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.quality.ReasonCode;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * An event must say who was expected: one with audience {@code branch} and no branch_id cannot be placed, so it
 * goes to quarantine at ingest (and its attendance with it) instead of failing participation later. Unknown
 * organizer, branch and venue ids are reference checks ({@link DatasetRules#REFERENCES}).
 */
final class EventPlacement {
    private EventPlacement() {
    }

    static List<Check> checks(String dataset, String fileName) {
        if (!dataset.equals(Events.NAME)) {
            return List.of();
        }
        Column failing = not(col(ParsedTable.BLANK)).and(col(Events.AUDIENCE).equalTo(Codes.AUDIENCE_BRANCH))
                .and(col(Events.BRANCH_ID).isNull());
        return List.of(new Check(failing, ReasonCode.MISSING_VALUE, lit(Events.BRANCH_ID), lit(""),
                concat(Messages.at(fileName), lit(Events.BRANCH_ID + " is blank but audience is '"
                        + Codes.AUDIENCE_BRANCH + "': the event cannot say which members were expected"))));
    }
}
