package cn.jgdj.dashboards.packs;

import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.figures.AttainmentByUnit;
import cn.jgdj.dashboards.figures.AttainmentOverview;
import cn.jgdj.dashboards.figures.BranchesFailingEveryQuarter;
import cn.jgdj.dashboards.figures.CadenceByMeetingType;
import cn.jgdj.dashboards.figures.CadenceHeatmap;
import cn.jgdj.dashboards.figures.DataQualityHeatmap;
import cn.jgdj.dashboards.figures.GroupForest;
import cn.jgdj.dashboards.figures.HeadlineTrends;
import cn.jgdj.dashboards.figures.LectureCounts;
import cn.jgdj.dashboards.figures.NoHoursByUnit;
import cn.jgdj.dashboards.figures.PreMemberVolunteering;
import cn.jgdj.dashboards.figures.MostUnderServed;
import cn.jgdj.dashboards.figures.ObservationCoverage;
import cn.jgdj.dashboards.figures.PlatformEngagement;
import cn.jgdj.dashboards.figures.QuarterYearOnYear;
import cn.jgdj.dashboards.figures.TrainingEffectByGroup;
import cn.jgdj.dashboards.figures.TrainingEffectStudy;
import cn.jgdj.dashboards.figures.TrainingEffectSummary;
import cn.jgdj.dashboards.figures.SecretaryTraining;
import cn.jgdj.dashboards.figures.TrainingParticipation;
import cn.jgdj.dashboards.figures.UnitCadenceTable;
import cn.jgdj.dashboards.figures.UnitForestTable;
import cn.jgdj.dashboards.figures.UnitScorecard;
import cn.jgdj.dashboards.figures.UnitsNeedingAttentionByReason;
import cn.jgdj.dashboards.figures.UnitsNotObserved;
import cn.jgdj.dashboards.figures.UnitsNotObservedTable;
import cn.jgdj.dashboards.figures.TrainingFormMix;
import cn.jgdj.dashboards.figures.TrainingFormMixTable;
import cn.jgdj.dashboards.figures.TrainingReachByProgram;
import cn.jgdj.dashboards.figures.TrainingReachTable;
import cn.jgdj.dashboards.figures.MobilityImpairedFollowUp;
import cn.jgdj.dashboards.figures.MobilityImpairedFollowUpTable;
import cn.jgdj.dashboards.figures.DataQualityTables;
import cn.jgdj.dashboards.findings.UnitsNeedingAttentionTable;
import cn.jgdj.dashboards.figures.UnderServedGaps;
import cn.jgdj.dashboards.figures.VenueUse;
import cn.jgdj.dashboards.figures.VolunteerByTheme;
import cn.jgdj.dashboards.figures.YearEndForecast;
import cn.jgdj.dashboards.figures.YearOnYear;
import cn.jgdj.dashboards.figures.YearToDatePace;
import cn.jgdj.schemas.indicators.Dimensions;
import java.util.List;

/**
 * The three review packs and their charts, in the order a reader meets them: the one place packs are registered.
 * Every pack opens with the summary page (要点, {@link cn.jgdj.dashboards.findings.Findings}); adding a chart is
 * one {@link Figure} in a pack's list, adding an appendix table one {@link Appendix}.
 */
public final class Packs {
    private Packs() {
    }

    public static final String COMMITTEE = "committee";
    public static final String LEADERSHIP = "leadership";
    public static final String ANALYST = "analyst";

    /** 年度培训成效: the work committee's yearly review. */
    public static final PackDefinition COMMITTEE_REVIEW = new PackDefinition(COMMITTEE, Period.Kind.YEAR,
            l -> l.t("机关党员教育培训年度成效评估", "Annual review of party-member training"),
            List.of(new AttainmentOverview(), new AttainmentByUnit(), new CadenceHeatmap(), new CadenceByMeetingType(),
                    new ObservationCoverage(), new TrainingParticipation(), new LectureCounts(), new VolunteerByTheme(),
                    new PreMemberVolunteering(), new NoHoursByUnit(), new PlatformEngagement(), new VenueUse(),
                    new YearOnYear(), new TrainingEffectSummary(), new TrainingEffectStudy(), new SecretaryTraining(),
                    new UnitsNotObserved(), new TrainingReachByProgram(), new MobilityImpairedFollowUp(),
                    new UnitsNeedingAttentionByReason()),
            l -> List.of(Definitions.cadence(l), Definitions.observation(l), Definitions.participation(l),
                    Definitions.volunteer(l), Definitions.flagged(l), Definitions.platform(l), Definitions.venue(l)),
            List.of(UnitsNeedingAttentionTable.always(), new UnitScorecard(), new UnitCadenceTable(),
                    new BranchesFailingEveryQuarter(), new UnitsNotObservedTable(), new TrainingReachTable(),
                    new MobilityImpairedFollowUpTable(), new DataQualityTables()));

    /** The quarterly leadership pack: at most six charts, each read in ten seconds. */
    public static final PackDefinition LEADERSHIP_PACK = new PackDefinition(LEADERSHIP, Period.Kind.QUARTER,
            l -> l.t("党员教育培训季度简报", "Quarterly training brief"),
            List.of(new HeadlineTrends(), new QuarterYearOnYear(), new YearToDatePace(), new MostUnderServed(),
                    new YearEndForecast()),
            l -> List.of(Definitions.trend(l), Definitions.pace(l), Definitions.cadence(l),
                    Definitions.participation(l), Definitions.volunteer(l), Definitions.platform(l),
                    Definitions.flagged(l)), List.of(UnitsNeedingAttentionTable.whenSummaryIsShort()));

    /** The analysts' pack on under-served groups. */
    public static final PackDefinition ANALYST_PACK = new PackDefinition(ANALYST, Period.Kind.YEAR,
            l -> l.t("薄弱群体分析（漏训弱训）", "Under-served groups: analysis"),
            List.of(new GroupForest(Dimensions.AGE_BAND), new GroupForest(Dimensions.GENDER),
                    new GroupForest(Dimensions.EDUCATION), new GroupForest(Dimensions.MEMBER_TYPE),
                    new GroupForest(Dimensions.ROLE), new GroupForest(Dimensions.UNIT_TYPE),
                    new GroupForest(Dimensions.MOBILE), new GroupForest(Dimensions.MOBILITY_IMPAIRED),
                    new GroupForest(Dimensions.UNIT), new UnderServedGaps(), new PlatformEngagement(),
                    new VenueUse(), new TrainingFormMix(), new TrainingEffectByGroup(Dimensions.UNIT_TYPE),
                    new TrainingEffectByGroup(Dimensions.ROLE), new DataQualityHeatmap()),
            l -> List.of(Definitions.interval(l), Definitions.flagged(l), Definitions.platform(l),
                    Definitions.venue(l)), List.of(UnitsNeedingAttentionTable.whenSummaryIsShort(),
                    new UnitForestTable(), new TrainingFormMixTable()));

    public static final List<PackDefinition> ALL = List.of(COMMITTEE_REVIEW, LEADERSHIP_PACK, ANALYST_PACK);

    /** A pack by id, or an error listing the known ids. */
    public static PackDefinition byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown pack '" + id + "'; known: committee, leadership, analyst"));
    }

    /** The packs that review a period of this kind: a year → committee and analyst; a quarter → leadership. */
    public static List<PackDefinition> forPeriod(Period period) {
        return ALL.stream().filter(p -> p.periodKind() == period.kind()).toList();
    }
}
