package cn.jgdj.jobs.membership;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import cn.jgdj.jobs.rules.RuleSet;
import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.codes.Codes;
import org.apache.spark.sql.Column;

/** Which member rows count in a window. */
public enum Population {
    /** Members with a 学时 requirement: full or probationary, and not exempt when the rules exclude exempt members. */
    TRAINING,
    /** The training population plus candidates and activists (volunteer service is open to pre-members). */
    VOLUNTEER;

    /** Whether a member row belongs, under the rules of the year in {@code rulesYear}. */
    public Column includes(Rules rules, Column rulesYear) {
        Column counted = col(Members.MEMBER_TYPE).isin(Codes.COUNTED_MEMBER_TYPES.toArray())
                .and(not(col(Members.EXEMPT)).or(not(rules.byYear(rulesYear, RuleSet::exemptExcluded))));
        if (this == TRAINING) {
            return counted;
        }
        return counted.or(col(Members.MEMBER_TYPE).isin(Codes.CANDIDATE, Codes.ACTIVIST));
    }

}
