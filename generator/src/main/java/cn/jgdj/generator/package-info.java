/**
 * The demo county generator: raw exports of a realistic county for demos, tests and benchmarks.
 *
 * <p>Entry point: {@link cn.jgdj.generator.DemoCountyGenerator#generate(GeneratorConfig)} writes into
 * {@code config.out()}:
 * <ul>
 *   <li>{@code units.csv}, {@code branches.csv} — UTF-8, English headers, identifiers (agency, institution...);
 *       unit U…1 is the work committee (机关工委), which runs county classes and observes study groups.</li>
 *   <li>{@code venues.xlsx} — Chinese headers and kind words; red bases have no owner, unit sites one.</li>
 *   <li>{@code members.csv} — GB18030, Chinese headers (the first alias of each column), Chinese code words,
 *       是/否 flags; one row per person and validity period (a transfer or a probationary→full change ends the
 *       old row the day before the new one); fake names and 18-digit id numbers under the unused area code
 *       990 so that ingest can prove it drops them.</li>
 *   <li>{@code events.csv} — GB18030, Chinese headers and words: 三会一课 and theme party days per branch on
 *       cadence (about 12 % of branches lag in a year and skip a quarter of their meetings), theory study
 *       groups per unit (leaders; work-committee observers at about 80 % of units), winter–spring rotation
 *       training, training classes (secretaries, party-affairs staff, candidates), on-site teaching, special
 *       lectures; some with explicit credit hours, some spanning midnight or several days. One class per event
 *       family ({@code BranchMeetings}, {@code UnitEvents}, {@code CountyClasses}) writes through
 *       {@code EventsAndAttendance}, which streams both files; {@code WarningPlants} holds what is planted for
 *       the early-warning tables.</li>
 *   <li>{@code attendance.csv} — UTF-8 with BOM, Chinese headers and status words (出席/请假/缺席/补学/列席);
 *       a missing row of an expected member means absent, as the participation rule says.</li>
 *   <li>{@code platform_usage.csv}, {@code volunteer_logs.csv} — UTF-8, English headers, identifiers.</li>
 *   <li>{@code truth.json} — what was planted (see {@link cn.jgdj.generator.TruthJson}).</li>
 * </ul>
 *
 * <p>Messy but valid: dates as ISO, 2024/3/5, 2024年3月5日 or Excel serials; ids with full-width characters or
 * stray spaces; quoted titles holding commas. Dirty: a counted share (0.7 % budget per file) of rows each
 * carrying exactly one quarantine reason, plus exact duplicate rows; planted rows never collide with a clean
 * row's key, and dirty member, event, unit, branch and venue rows are extra entities nothing references, so
 * quarantining them changes no other dataset's counts.
 *
 * <p>Second-edition shapes (DOMAIN.md), counted in truth.json "second_edition" by
 * {@link cn.jgdj.generator.SecondEditionShapes}: handover touches, planned future ends, absence + make-up
 * pairs, unit-wide party lectures and theme days, an event in progress on 31 December of the last year, and an
 * event without a place whose attendance is quarantined with it.
 *
 * <p>Planted truth: members aged 56 or more, mobile members, members with impaired mobility and three units
 * are under-served (see {@link cn.jgdj.generator.UnderServedPlan}); attributes are drawn independently and
 * balanced within units ({@link cn.jgdj.generator.BalancedDraws}), and the other units of a planted unit's
 * type are compensated, so other groups stay near the county average.
 *
 * <p>Scale: everything streams per branch, unit or member; only compact per-person arrays stay in memory.
 * Measure with {@code GeneratorBenchmark} (test sources).
 */
package cn.jgdj.generator;
