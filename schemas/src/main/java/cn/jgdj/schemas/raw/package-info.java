/**
 * Dataset definitions: raw columns with their parse types and header aliases ({@link cn.jgdj.schemas.raw.RawColumn},
 * {@link cn.jgdj.schemas.raw.ValueType}) and the curated table written to the warehouse
 * ({@link cn.jgdj.schemas.raw.CuratedSchema}, engine-neutral column types).
 */
package cn.jgdj.schemas.raw;
