/**
 * A client of Airflow's stable REST API (Airflow 3 {@code /api/v2} with a JWT, Airflow 2 {@code /api/v1} with
 * basic auth) and the trigger and status operations the {@code cli} commands wrap. Credentials come from the
 * environment only; error messages never show them. {@link cn.jgdj.pipeline.airflow.AirflowClient} is the typed
 * API over small parts: AirflowTransport (HTTP, transport failures), ApiVersionProbe (v2 or v1), the client's own
 * sign-in token, AirflowErrors (error answers to redacted exceptions), AirflowAnswers (JSON to records) and
 * {@link cn.jgdj.pipeline.airflow.RunPoller} (waiting for a run).
 */
package cn.jgdj.pipeline.airflow;
