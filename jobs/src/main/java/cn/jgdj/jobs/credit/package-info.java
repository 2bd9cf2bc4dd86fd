/**
 * Credited 学时 ({@code work/credited_hours}), the input of every coverage figure: see
 * {@link cn.jgdj.jobs.credit.CreditedHoursJob}. Only {@code present} and {@code makeup} attendance earns; the credit is
 * the attendance override, else the event's credit_hours, else the duration rounded to the nearest half hour (halves
 * up) capped at the daily cap times the calendar days the event touches (an event ending at exactly midnight does not
 * touch the next day). Dated by the event's start.
 */
package cn.jgdj.jobs.credit;
