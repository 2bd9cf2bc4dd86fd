/**
 * The county work report's own questions, answered as small indicator tables by one job,
 * {@link cn.jgdj.jobs.reportquestions.ReportQuestionsJob}: 列席旁听 per unit
 * ({@link cn.jgdj.jobs.reportquestions.UnitObservations}), the reach of rotation training and of each kind of
 * training class ({@link cn.jgdj.jobs.reportquestions.ProgramReach}) and the mix of training forms by age, role
 * and mobility ({@link cn.jgdj.jobs.reportquestions.FormMix}). Aggregates only; member groups under the minimum
 * cell size are marked suppressed.
 */
package cn.jgdj.jobs.reportquestions;
