/** The quality gate between ingest and the indicators: too large a share of quarantined rows stops the run. */
package cn.jgdj.pipeline.quality;
