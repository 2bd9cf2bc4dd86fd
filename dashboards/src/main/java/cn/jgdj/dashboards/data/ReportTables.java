package cn.jgdj.dashboards.data;

import cn.jgdj.schemas.indicators.ReportQuestions.ObservationByUnit;
import cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix;
import cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach;

/** The tables answering the county report's own questions: observation per unit, training reach, form mix. */
public final class ReportTables {
    private final IndicatorTables tables;

    ReportTables(IndicatorTables tables) {
        this.tables = tables;
    }

    public Table<UnitObservationRow> observationByUnit() {
        return tables.get(ObservationByUnit.NAME, UnitObservationRow::read);
    }

    public Table<TrainingReachRow> trainingReach() {
        return tables.get(TrainingReach.NAME, TrainingReachRow::read);
    }

    public Table<TrainingMixRow> trainingMix() {
        return tables.get(TrainingMix.NAME, TrainingMixRow::read);
    }
}
