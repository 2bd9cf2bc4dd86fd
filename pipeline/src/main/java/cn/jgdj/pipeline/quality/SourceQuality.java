package cn.jgdj.pipeline.quality;

import cn.jgdj.schemas.quality.ReasonCode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One source's quarantine figures as the gate judges them.
 *
 * @param topReasons the reasons with quarantined rows, most rows first
 */
public record SourceQuality(String dataset, String sourceFile, long rowsRead, long rowsQuarantined,
                            List<Map.Entry<ReasonCode, Long>> topReasons) {

    /** The share of the rows read that went to quarantine (0 for an empty file). */
    public double share() {
        return rowsRead == 0 ? 0 : (double) rowsQuarantined / rowsRead;
    }

    static List<Map.Entry<ReasonCode, Long>> ranked(Map<ReasonCode, Long> byReason) {
        return byReason.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<ReasonCode, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }
}
