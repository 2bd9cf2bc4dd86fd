package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.testing.SparkSessionExtension;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Parsed values in Spark's internal form: dates as Spark itself counts them. */
@ExtendWith(SparkSessionExtension.class)
class ParsedTableTest {

    @Test
    void datesAreDaysSince1970InTheProlepticGregorianCalendar() {
        assertEquals(0, ParsedTable.internal(LocalDate.of(1970, 1, 1)));
        // 2024-01-01 is day 19,723 (54 years, 13 of them leap: 54 × 365 + 13); February 29th 59 days later.
        assertEquals(19_782, ParsedTable.internal(LocalDate.of(2024, 2, 29)));
        assertEquals(-1, ParsedTable.internal(LocalDate.of(1969, 12, 31)));
        // The Gregorian calendar starts on 1582-10-15, day -141,427; the hybrid calendar of java.sql.Date has no
        // 1582-10-10 and would move it ten days on (-141,422).
        assertEquals(-141_432, ParsedTable.internal(LocalDate.of(1582, 10, 10)));
    }

    @Test
    void datesMatchSparksOwnDateCount(SparkSession spark) {
        Row spark1 = spark.sql("SELECT unix_date(DATE'1582-10-10'), unix_date(DATE'2024-02-29'),"
                + " unix_date(DATE'0001-01-01'), unix_date(DATE'9999-12-31')").first();
        assertEquals(spark1.getInt(0), ParsedTable.internal(LocalDate.of(1582, 10, 10)));
        assertEquals(spark1.getInt(1), ParsedTable.internal(LocalDate.of(2024, 2, 29)));
        assertEquals(spark1.getInt(2), ParsedTable.internal(LocalDate.of(1, 1, 1)));
        assertEquals(spark1.getInt(3), ParsedTable.internal(LocalDate.of(9999, 12, 31)));
    }

    @Test
    void otherValuesKeepTheirInternalForm() {
        assertEquals(UTF8String.fromString("学习强国"), ParsedTable.internal("学习强国"));
        // 2024-02-29T08:30 without a zone: 19,782 days and 8.5 hours, in microseconds.
        assertEquals(19_782L * 86_400_000_000L + 30_600_000_000L,
                ParsedTable.internal(LocalDateTime.of(2024, 2, 29, 8, 30)));
        assertEquals(2.5, ParsedTable.internal(2.5));
        assertEquals(null, ParsedTable.internal(null));
    }
}
