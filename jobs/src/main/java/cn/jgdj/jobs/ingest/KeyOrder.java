package cn.jgdj.jobs.ingest;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * An order-preserving number for a text key column whose values are mostly known in advance (attendance's event_id,
 * looked up in the curated events): null is 0, the known value at position p in byte order is 2p + 2, and an unknown
 * value sorting just before the known value at position p (or after every known value, p = their count) is 2p + 1.
 * So a &lt; b in Spark's byte order implies code(a) &lt;= code(b), and sorting by (code, key, ...) gives exactly
 * the order of (key, ...). Spark's sort compares the first sort column's 64-bit prefix first and the full rows only
 * on a tie: attendance's event ids share their first 8 bytes ("E2021000"), so without the code nearly every
 * comparison of the key checks' sort went to the full rows.
 */
final class KeyOrder implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The column the code is appended as (a long, never null). */
    static final String COLUMN = "_key_order";

    private final UTF8String[] known;
    /** The index, in the parsed row, of the key column coded. */
    private final int keyColumn;

    private KeyOrder(UTF8String[] known, int keyColumn) {
        this.known = known;
        this.keyColumn = keyColumn;
    }

    /** @param known the values known in advance (nulls and repeats are ignored) */
    static KeyOrder of(Collection<UTF8String> known, int keyColumn) {
        UTF8String[] sorted = known.stream().filter(k -> k != null).distinct().sorted(UTF8String::binaryCompare)
                .toArray(UTF8String[]::new);
        return new KeyOrder(sorted, keyColumn);
    }

    int keyColumn() {
        return keyColumn;
    }

    /** The code of a key value (see the class comment). */
    long code(UTF8String key) {
        if (key == null) {
            return 0;
        }
        int lo = 0;
        int hi = known.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = known[mid].binaryCompare(key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return 2L * mid + 2;
            }
        }
        return 2L * lo + 1;
    }

    @Override
    public String toString() {
        return "KeyOrder(" + known.length + " known, column " + keyColumn + ", " + Arrays.asList(known).subList(0,
                Math.min(3, known.length)) + "...)";
    }
}
