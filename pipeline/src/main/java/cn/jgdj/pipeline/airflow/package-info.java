/**
 * A client of Airflow's stable REST API (Airflow 3 {@code /api/v2} with a JWT, Airflow 2 {@code /api/v1} with
 * basic auth) and the trigger and status operations the {@code cli} commands wrap. Credentials come from the
 * environment only; error messages never show them.
 */
package cn.jgdj.pipeline.airflow;
