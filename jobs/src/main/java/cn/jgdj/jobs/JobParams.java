package cn.jgdj.jobs;

import cn.jgdj.schemas.indicators.Indicators;
import java.time.LocalDate;

/**
 * The immutable configuration every job receives; no job reads the environment itself.
 *
 * @param inputDir    raw exports folder (local path or Hadoop URI); only ingest reads it
 * @param rulesFile   rules file (null = the built-in defaults of DOMAIN.md)
 * @param minCellSize groups with fewer members are suppressed (default 10)
 * @param asOf        the run's as-of date: the last day of the periods reported (DOMAIN.md, second edition)
 * @param reviewYear  the review year (null = the latest complete year in the data)
 * @param memberKeySecret HMAC key for member_key
 * @param demoKey     whether memberKeySecret is the built-in demo key (reports say so)
 * @param runDate     the day the run is made (its clock; tests set it): only facts dated after it are future
 */
public record JobParams(String inputDir, String rulesFile, int minCellSize, LocalDate asOf,
                        Integer reviewYear, byte[] memberKeySecret, boolean demoKey, LocalDate runDate) {

    public static final int DEFAULT_MIN_CELL_SIZE = Indicators.DEFAULT_MIN_CELL_SIZE;

    public JobParams {
        if (runDate == null) {
            runDate = asOf;
        }
    }

    /** Parameters of a run made on its as-of day. */
    public JobParams(String inputDir, String rulesFile, int minCellSize, LocalDate asOf,
                     Integer reviewYear, byte[] memberKeySecret, boolean demoKey) {
        this(inputDir, rulesFile, minCellSize, asOf, reviewYear, memberKeySecret, demoKey, asOf);
    }

    public JobParams withReviewYear(Integer year) {
        return new JobParams(inputDir, rulesFile, minCellSize, asOf, year, memberKeySecret, demoKey, runDate);
    }
}
