package cn.jgdj.generator;

import cn.jgdj.schemas.quality.ReasonCode;

/** A planted defect: one quarantine reason, or an exact duplicate row (which ingest collapses instead). */
enum Flaw {
    MALFORMED_ROW(ReasonCode.MALFORMED_ROW),
    MISSING_VALUE(ReasonCode.MISSING_VALUE),
    BAD_DATE(ReasonCode.BAD_DATE),
    BAD_NUMBER(ReasonCode.BAD_NUMBER),
    UNKNOWN_CODE(ReasonCode.UNKNOWN_CODE),
    END_BEFORE_START(ReasonCode.END_BEFORE_START),
    NEGATIVE_VALUE(ReasonCode.NEGATIVE_VALUE),
    ABSURD_HOURS(ReasonCode.ABSURD_HOURS),
    FUTURE_DATE(ReasonCode.FUTURE_DATE),
    DUPLICATE_CONFLICT(ReasonCode.DUPLICATE_CONFLICT),
    UNKNOWN_MEMBER(ReasonCode.UNKNOWN_MEMBER),
    UNKNOWN_EVENT(ReasonCode.UNKNOWN_EVENT),
    UNKNOWN_REFERENCE(ReasonCode.UNKNOWN_REFERENCE),
    OVERLAPPING_VALIDITY(ReasonCode.OVERLAPPING_VALIDITY),
    EXACT_DUPLICATE(null);

    private final ReasonCode reason;

    Flaw(ReasonCode reason) {
        this.reason = reason;
    }

    /** The quarantine reason, or null for an exact duplicate. */
    ReasonCode reason() {
        return reason;
    }

    /** Rows one planting of this flaw writes: a conflicting or overlapping pair takes two. */
    int rowsPerPlanting() {
        return this == DUPLICATE_CONFLICT || this == OVERLAPPING_VALIDITY ? 2 : 1;
    }
}
