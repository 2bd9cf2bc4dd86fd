package cn.jgdj.dashboards.data;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.schemas.Period;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parsed tables the packs of one JVM share, and when they are parsed again. */
class SharedTablesTest {
    private static final String HEADER = "period,units_with_study_group,units_observed,observed_share\n";

    @TempDir
    Path out;

    /** A cache whose clock stands well after every file's last write: no file is racy. */
    private static SharedTables settled() {
        return new SharedTables(Clock.fixed(Instant.now().plus(Duration.ofHours(1)), ZoneOffset.UTC),
                SharedTables.RACY);
    }

    @Test
    void anUnchangedFileIsParsedOnceForEveryLoadOfTheRoot() throws IOException {
        write(HEADER + "2025,20,18,0.9\n");
        SharedTables shared = settled();
        Table<ObservationRow> first = IndicatorTables.load(out, shared).observation();
        Table<ObservationRow> second = IndicatorTables.load(out, shared).observation();
        assertSame(first, second);
        assertEquals(List.of(new ObservationRow(Period.year(2025), 20, 18, 0.9)), second.rows());
        assertEquals(1, shared.size());
    }

    @Test
    void aRewrittenFileIsParsedAgain() throws IOException {
        write(HEADER + "2025,20,18,0.9\n");
        SharedTables shared = settled();
        IndicatorTables.load(out, shared).observation();
        write(HEADER + "2025,20,10,0.5\n2026,4,1,0.25\n");
        Table<ObservationRow> after = IndicatorTables.load(out, shared).observation();
        assertEquals(List.of(new ObservationRow(Period.year(2025), 20, 10, 0.5),
                new ObservationRow(Period.year(2026), 4, 1, 0.25)), after.rows());
    }

    @Test
    void aRewriteOfTheSameSizeAndModificationTimeIsParsedAgain() throws IOException {
        Path file = write(HEADER + "2025,20,18,0.9\n");
        var modified = Files.getLastModifiedTime(file);
        SharedTables shared = new SharedTables(Clock.systemUTC(), SharedTables.RACY);
        assertEquals(18, IndicatorTables.load(out, shared).observation().rows().get(0).unitsObserved());
        // Same length, same inode (written in place), modification time put back: within the racy window the
        // file is parsed afresh; later, its change time (moved by the write) differs from the one kept.
        Files.writeString(file, HEADER + "2025,20,17,0.8\n");
        Files.setLastModifiedTime(file, modified);
        assertEquals(17, IndicatorTables.load(out, shared).observation().rows().get(0).unitsObserved());
    }

    @Test
    void aFileWrittenWithinTheRacyWindowIsNeverShared() throws IOException {
        Path file = write(HEADER + "2025,20,18,0.9\n");
        Instant written = FileStamp.of(file).orElseThrow().lastWrite().toInstant();
        SharedTables young = new SharedTables(Clock.fixed(written.plusSeconds(1), ZoneOffset.UTC), Duration.ofSeconds(2));
        assertNotSame(IndicatorTables.load(out, young).observation(), IndicatorTables.load(out, young).observation());
        assertEquals(0, young.size());
        SharedTables old = new SharedTables(Clock.fixed(written.plusSeconds(3), ZoneOffset.UTC), Duration.ofSeconds(2));
        assertSame(IndicatorTables.load(out, old).observation(), IndicatorTables.load(out, old).observation());
    }

    @Test
    void anotherRowReaderOrAnotherRootParsesAfresh() throws IOException {
        write(HEADER + "2025,20,18,0.9\n");
        SharedTables shared = settled();
        Table<ObservationRow> typed = IndicatorTables.load(out, shared).observation();
        Table<String> periods = IndicatorTables.load(out, shared).get("observation_coverage", r -> r.text("period"));
        assertEquals(List.of("2025"), periods.rows());
        assertEquals(2, shared.size());
        shared.keepOnly(out.resolve("elsewhere"));
        assertEquals(0, shared.size());
        assertNotSame(typed, IndicatorTables.load(out, shared).observation());
    }

    @Test
    void aMissingFileIsNotKept() {
        SharedTables shared = settled();
        assertFalse(IndicatorTables.load(out, shared).observation().present());
        assertEquals(0, shared.size());
    }

    private Path write(String text) throws IOException {
        Files.createDirectories(out.resolve("indicators"));
        return Files.writeString(out.resolve("indicators/observation_coverage.csv"), text);
    }
}
