/**
 * The operator's rules file: annual 学时 requirements and credit rules, versioned by year.
 *
 * <p>Format: YAML (a JSON file is valid YAML and loads too). The built-in file
 * {@code jobs/src/main/resources/rules/default-rules.yaml} holds the rules of the domain reference and documents
 * every key; copy it, edit it and pass it with {@code --rules FILE}. Top level: {@code min_cell_size} and
 * {@code versions}, a list of entries each with a {@code from} year. {@link cn.jgdj.jobs.rules.Rules#rulesFor(int)}
 * picks the latest version whose {@code from} is at or before the year; jobs spanning several years apply each
 * year's rules inside Spark with {@link cn.jgdj.jobs.rules.Rules#byYear}. The first version gives every key; a later
 * one only what changes. Unknown keys, wrong types and out-of-range values fail with the file, the key path
 * ({@code versions[1].requirement_hours}) and the value.
 *
 * <p>{@code min_cell_size} is the default the command line falls back to; {@code JobParams.minCellSize} is the value
 * jobs apply.
 */
package cn.jgdj.jobs.rules;
