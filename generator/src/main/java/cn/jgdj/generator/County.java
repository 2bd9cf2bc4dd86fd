package cn.jgdj.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The county's organisation: units (organs) with their branches, and the teaching venues. Unit 0 is the
 * work committee (机关工委), which organises county-wide classes and whose staff observe study groups.
 */
final class County {
    /** About 83 members per unit and 17 per branch, as in the report (≈10,000 members, 120 units, 600 branches). */
    static final double MEMBERS_PER_UNIT = 83.3;
    static final double MEMBERS_PER_BRANCH = 16.7;

    record Unit(int index, String id, String name, String type, double share, int[] branches) {
    }

    record Branch(int index, String id, String name, int unit) {
    }

    /** A teaching venue; ownerUnit is -1 for a public red education base. */
    record Venue(int index, String id, String name, int ownerUnit, String kind) {
    }

    static final String RED_BASE = "red_base";
    static final String UNIT_SITE = "unit_site";
    static final int WORK_COMMITTEE = 0;

    final List<Unit> units;
    final List<Branch> branches;
    final List<Venue> venues;
    final int unitIdWidth;
    final int branchIdWidth;
    final int venueIdWidth;

    private County(List<Unit> units, List<Branch> branches, List<Venue> venues, int unitIdWidth,
                   int branchIdWidth, int venueIdWidth) {
        this.units = units;
        this.branches = branches;
        this.venues = venues;
        this.unitIdWidth = unitIdWidth;
        this.branchIdWidth = branchIdWidth;
        this.venueIdWidth = venueIdWidth;
    }

    static County build(GeneratorConfig config) {
        SplittableRandom r = Rng.of(config.seed(), Rng.COUNTY);
        int unitCount = Math.max(4, (int) Math.round(config.members() / MEMBERS_PER_UNIT));
        int unitWidth = Math.max(3, RawText.digits(unitCount + 1000L));
        // Unit sizes vary roughly log-normally; the work committee is a small office.
        double[] weight = new double[unitCount];
        double total = 0;
        for (int u = 0; u < unitCount; u++) {
            weight[u] = u == WORK_COMMITTEE ? 0.45 : Math.exp(0.55 * Rng.gaussian(r));
            total += weight[u];
        }
        String[] types = new String[unitCount];
        types[WORK_COMMITTEE] = "agency";
        for (int u = 1; u < unitCount; u++) {
            double x = r.nextDouble();
            types[u] = x < 0.50 ? "agency" : x < 0.78 ? "institution" : x < 0.88 ? "mass_org" : "enterprise";
        }
        int[] perType = new int[4];
        List<Unit> units = new ArrayList<>(unitCount);
        List<Branch> branches = new ArrayList<>();
        int branchTotal = Math.max(unitCount, (int) Math.round(config.members() / MEMBERS_PER_BRANCH));
        int branchWidth = Math.max(4, RawText.digits(branchTotal * 2L + 1000));
        for (int u = 0; u < unitCount; u++) {
            double share = weight[u] / total;
            String name;
            if (u == WORK_COMMITTEE) {
                name = ChineseText.WORK_COMMITTEE;
            } else {
                int t = typeIndex(types[u]);
                // The work committee took no agency name, so agencies start at 0 too.
                name = ChineseText.unitName(types[u], perType[t]++);
            }
            int nb = Math.max(1, (int) Math.round(share * config.members() / MEMBERS_PER_BRANCH));
            int[] ids = new int[nb];
            for (int k = 0; k < nb; k++) {
                int bi = branches.size();
                ids[k] = bi;
                branches.add(new Branch(bi, RawText.pad("B", bi + 1, branchWidth),
                        ChineseText.branchName(name, k, nb), u));
            }
            units.add(new Unit(u, RawText.pad("U", u + 1, unitWidth), name, types[u], share, ids));
        }
        List<Venue> venues = new ArrayList<>();
        int redBases = 6 + config.members() / 5000;
        int sites = Math.max(2, (int) Math.round(unitCount * 0.12));
        int venueWidth = Math.max(3, RawText.digits(redBases + sites + 1000L));
        for (int k = 0; k < redBases; k++) {
            venues.add(new Venue(venues.size(), RawText.pad("V", venues.size() + 1, venueWidth),
                    ChineseText.redBaseName(k), -1, RED_BASE));
        }
        List<Integer> owners = new ArrayList<>();
        for (int u = 1; u < unitCount; u++) {
            owners.add(u);
        }
        Collections.shuffle(owners, new java.util.Random(r.nextLong()));
        for (int k = 0; k < Math.min(sites, owners.size()); k++) {
            int owner = owners.get(k);
            venues.add(new Venue(venues.size(), RawText.pad("V", venues.size() + 1, venueWidth),
                    ChineseText.unitSiteName(units.get(owner).name(), k), owner, UNIT_SITE));
        }
        return new County(List.copyOf(units), List.copyOf(branches), List.copyOf(venues), unitWidth, branchWidth,
                venueWidth);
    }

    static int typeIndex(String type) {
        return switch (type) {
            case "agency" -> 0;
            case "institution" -> 1;
            case "mass_org" -> 2;
            default -> 3;
        };
    }

    /** A unit drawn with probability proportional to its size share. */
    int sampleUnit(SplittableRandom r) {
        double x = r.nextDouble();
        double acc = 0;
        for (Unit u : units) {
            acc += u.share();
            if (x < acc) {
                return u.index();
            }
        }
        return units.size() - 1;
    }

    int sampleBranchOf(int unit, SplittableRandom r) {
        int[] b = units.get(unit).branches();
        return b[r.nextInt(b.length)];
    }

    int unitOfBranch(int branch) {
        return branches.get(branch).unit();
    }

    /** Ids that no units/branches/venues row defines, for planted UNKNOWN_REFERENCE rows. */
    String unknownUnitId(int k) {
        return RawText.pad("U", 2L * units.size() + 1000 + k, unitIdWidth);
    }

    String unknownBranchId(int k) {
        return RawText.pad("B", 2L * branches.size() + 1000 + k, branchIdWidth);
    }

    String unknownVenueId(int k) {
        return RawText.pad("V", 2L * venues.size() + 1000 + k, venueIdWidth);
    }

    /** Ids of extra rows planted (dirty) in units/branches/venues: right after the real ones, never referenced. */
    String extraUnitId(int k) {
        return RawText.pad("U", units.size() + 1L + k, unitIdWidth);
    }

    String extraBranchId(int k) {
        return RawText.pad("B", branches.size() + 1L + k, branchIdWidth);
    }

    String extraVenueId(int k) {
        return RawText.pad("V", venues.size() + 1L + k, venueIdWidth);
    }
}
