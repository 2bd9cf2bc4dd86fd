package cn.jgdj.jobs.rules;

/**
 * The 学时 rules in force from one year on (one entry of the rules file's `versions`).
 *
 * @param from                          first year this version applies to
 * @param requirementHours              annual requirement of full and probationary members (学时)
 * @param secretaryRequirementHours     annual requirement when the role is secretary (学时; applied by
 *                                      WindowMembers, the one place the role's requirement is chosen)
 * @param exemptExcluded                whether exempt members (old, frail, bedridden) are left out of coverage
 * @param prorateByMonth                whether a member eligible for part of a year gets
 *                                      requirement × months-with-an-eligible-day / 12, rounded up
 * @param dailyCreditCapHours           cap on an event's duration credit per calendar day it touches
 * @param platformMinutesCount          whether learning-platform minutes earn 学时
 * @param platformMinutesPerCreditHour  minutes of platform use that earn one 学时 (when they count)
 * @param platformAnnualCapHours        most 学时 platform minutes may earn in one year (when they count)
 */
public record RuleSet(int from, int requirementHours, int secretaryRequirementHours, boolean exemptExcluded,
                      boolean prorateByMonth, double dailyCreditCapHours, boolean platformMinutesCount,
                      double platformMinutesPerCreditHour, double platformAnnualCapHours) {
}
