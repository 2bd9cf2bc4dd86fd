package cn.jgdj.generator;

import static cn.jgdj.schemas.codes.Codes.VENUE_KIND;

import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.Venues;
import java.io.IOException;
import java.util.SplittableRandom;

/**
 * units.csv and branches.csv (UTF-8, English headers, identifiers) and the venues sheet. Planted dirty rows are
 * extra units, branches or venues that nothing references.
 */
final class StructureFiles {
    private StructureFiles() {
    }

    static void writeUnits(GeneratorConfig config, County county, CsvSink out, DirtTally tally) throws IOException {
        SplittableRandom r = Rng.of(config.seed(), Rng.STRUCTURE_FILES, 1);
        DirtSchedule dirt = DirtSchedule.plan(county.units.size(), r, Flaw.UNKNOWN_CODE, Flaw.MISSING_VALUE,
                Flaw.MALFORMED_ROW, Flaw.DUPLICATE_CONFLICT, Flaw.EXACT_DUPLICATE);
        int[] extra = new int[1];
        boolean lastClean = false;
        for (County.Unit u : county.units) {
            out.cell(RawText.messyId(u.id(), r, 0.02)).cell(u.name()).cell(u.type()).end();
            lastClean = true;
            Flaw f = dirt.poll(r);
            if (f != null) {
                plantUnit(f, county, out, tally, extra, lastClean);
                lastClean = false;
            }
        }
        for (Flaw f : dirt.drain()) {
            plantUnit(f, county, out, tally, extra, lastClean);
            lastClean = false;
        }
    }

    private static void plantUnit(Flaw f, County county, CsvSink out, DirtTally tally, int[] extra,
                                  boolean lastClean) throws IOException {
        String id = county.extraUnitId(extra[0]++);
        String name = "县" + ChineseText.numeral(extra[0]) + "号临时专班";
        switch (f) {
            case UNKNOWN_CODE -> out.cell(id).cell(name).cell("社会组织").end();
            case MISSING_VALUE -> out.cell(id).cell(null).cell("agency").end();
            case MALFORMED_ROW -> out.cell(id).cell(name).endMalformed();
            case DUPLICATE_CONFLICT -> {
                out.cell(id).cell(name).cell("agency").end();
                out.cell(id).cell(name).cell("institution").end();
            }
            case EXACT_DUPLICATE -> {
                if (!lastClean) {
                    return;
                }
                out.repeatLast();
            }
            default -> throw new IllegalStateException("not planted in units: " + f);
        }
        tally.add(Units.NAME, f, f.rowsPerPlanting());
    }

    static void writeBranches(GeneratorConfig config, County county, CsvSink out, DirtTally tally)
            throws IOException {
        SplittableRandom r = Rng.of(config.seed(), Rng.STRUCTURE_FILES, 2);
        DirtSchedule dirt = DirtSchedule.plan(county.branches.size(), r, Flaw.MALFORMED_ROW, Flaw.MISSING_VALUE,
                Flaw.UNKNOWN_REFERENCE, Flaw.DUPLICATE_CONFLICT, Flaw.EXACT_DUPLICATE);
        int[] extra = new int[1];
        boolean lastClean = false;
        for (County.Branch b : county.branches) {
            out.cell(RawText.messyId(b.id(), r, 0.01)).cell(b.name())
                    .cell(RawText.messyId(county.units.get(b.unit()).id(), r, 0.01)).end();
            lastClean = true;
            Flaw f = dirt.poll(r);
            if (f != null) {
                plantBranch(f, county, out, tally, extra, lastClean);
                lastClean = false;
            }
        }
        for (Flaw f : dirt.drain()) {
            plantBranch(f, county, out, tally, extra, lastClean);
            lastClean = false;
        }
    }

    private static void plantBranch(Flaw f, County county, CsvSink out, DirtTally tally, int[] extra,
                                    boolean lastClean) throws IOException {
        int k = extra[0]++;
        String id = county.extraBranchId(k);
        String name = "临时党支部（" + ChineseText.numeral(k + 1) + "）";
        String unit = county.units.get(County.WORK_COMMITTEE).id();
        switch (f) {
            case MALFORMED_ROW -> out.cell(id).cell(name).cell(unit).cell("").cell("").endMalformed();
            case MISSING_VALUE -> out.cell(id).cell(null).cell(unit).end();
            case UNKNOWN_REFERENCE -> out.cell(id).cell(name).cell(county.unknownUnitId(k)).end();
            case DUPLICATE_CONFLICT -> {
                out.cell(id).cell(name).cell(unit).end();
                out.cell(id).cell(name + "（撤销）").cell(unit).end();
            }
            case EXACT_DUPLICATE -> {
                if (!lastClean) {
                    return;
                }
                out.repeatLast();
            }
            default -> throw new IllegalStateException("not planted in branches: " + f);
        }
        tally.add(Branches.NAME, f, f.rowsPerPlanting());
    }

    /** Venue rows (Chinese kind words) for the xlsx writer; planted rows are extra venues no event uses. */
    static void writeVenues(GeneratorConfig config, County county, XlsxSink out, DirtTally tally) {
        SplittableRandom r = Rng.of(config.seed(), Rng.STRUCTURE_FILES, 3);
        DirtSchedule dirt = DirtSchedule.plan(county.venues.size(), r, Flaw.UNKNOWN_CODE, Flaw.UNKNOWN_REFERENCE,
                Flaw.MISSING_VALUE);
        int k = 0;
        for (County.Venue v : county.venues) {
            out.row(v.id(), v.name(), v.ownerUnit() < 0 ? null : county.units.get(v.ownerUnit()).id(),
                    VENUE_KIND.chinese(v.kind()));
            Flaw f = dirt.poll(r);
            if (f != null) {
                plantVenue(f, county, out, tally, k++);
            }
        }
        for (Flaw f : dirt.drain()) {
            plantVenue(f, county, out, tally, k++);
        }
    }

    private static void plantVenue(Flaw f, County county, XlsxSink out, DirtTally tally, int k) {
        String id = county.extraVenueId(k);
        String name = "临时教学点（" + ChineseText.numeral(k + 1) + "）";
        switch (f) {
            case UNKNOWN_CODE -> out.row(id, name, null, "网上展馆");
            case UNKNOWN_REFERENCE -> out.row(id, name, county.unknownUnitId(k), VENUE_KIND.chinese("unit_site"));
            case MISSING_VALUE -> out.row(id, null, null, VENUE_KIND.chinese("red_base"));
            default -> throw new IllegalStateException("not planted in venues: " + f);
        }
        tally.add(Venues.NAME, f, 1);
    }
}
