package cn.jgdj.jobs.ingest;

import cn.jgdj.schemas.quality.ReasonCode;

/**
 * Why a row goes to quarantine: the reason code, the column and raw value at fault (blank when the problem is the
 * whole row or a personal column), and a message naming file, row, column and value.
 */
public record Rejection(ReasonCode code, String column, String value, String message) {
}
