package cn.jgdj.dashboards.data;

import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.indicators.ReportQuestions.ObservationByUnit;
import cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix;
import cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach;

/** The tables answering the county report's own questions: observation per unit, training reach, form mix. */
public record ReportTables(Table<UnitObservationRow> observationByUnit, Table<TrainingReachRow> trainingReach,
                           Table<TrainingMixRow> trainingMix) {

    static ReportTables load(OutputLayout layout) {
        return new ReportTables(
                IndicatorTables.read(layout, ObservationByUnit.NAME, ObservationByUnit.COLUMNS, UnitObservationRow::read),
                IndicatorTables.read(layout, TrainingReach.NAME, TrainingReach.COLUMNS, TrainingReachRow::read),
                IndicatorTables.read(layout, TrainingMix.NAME, TrainingMix.COLUMNS, TrainingMixRow::read));
    }
}
