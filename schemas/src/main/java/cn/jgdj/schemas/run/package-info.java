/**
 * The run record (OUT/runs/RUN_ID.json): one typed record ({@link cn.jgdj.schemas.run.RunRecord}, its tasks'
 * {@link cn.jgdj.schemas.run.TaskRecord}s) and one codec ({@link cn.jgdj.schemas.run.RunRecordJson}), used by the
 * pipeline's runner that writes it (and reads it back to resume) and by the packs that print it.
 */
package cn.jgdj.schemas.run;
