package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;

/**
 * Rows packed into chunks come back in order with their own values, from an iterator that reuses one row (as a
 * plan's does), across several chunks, and from rows that are not binary yet.
 */
class RowChunkTest {
    private static final StructType SCHEMA = new StructType().add("id", DataTypes.LongType)
            .add("label", DataTypes.StringType).add("flag", DataTypes.BooleanType);

    @Test
    void rowsFromAReusedRowComeBackInOrderAcrossChunks() {
        // A row is 8 bytes of null bits, 3 words and its text rounded up to whole words: 40–144 bytes, about 96 on
        // average, so 60,000 rows are about 5.8 MB, more than one 4 MB chunk.
        int n = 60_000;
        UnsafeProjection reused = UnsafeProjection.create(SCHEMA);
        Iterator<InternalRow> source = new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public InternalRow next() {
                int id = i++;
                return reused.apply(row(id)); // the same UnsafeRow object every time
            }
        };
        List<RowChunk> chunks = new ArrayList<>();
        RowChunk.pack(source, SCHEMA).forEachRemaining(chunks::add);
        assertTrue(chunks.size() >= 2, chunks.size() + " chunks");

        int id = 0;
        for (RowChunk chunk : chunks) {
            for (Iterator<InternalRow> it = chunk.rows(); it.hasNext(); id++) {
                InternalRow r = it.next();
                assertTrue(r instanceof UnsafeRow);
                assertEquals(id, r.getLong(0));
                assertEquals(label(id), r.getUTF8String(1).toString());
                assertEquals(id % 3 == 0, r.isNullAt(2));
                if (id % 3 != 0) {
                    assertEquals(id % 2 == 0, r.getBoolean(2));
                }
            }
        }
        assertEquals(n, id);
    }

    @Test
    void rowsNotYetBinaryArePackedToo() {
        List<InternalRow> rows = List.of(row(1), row(2));
        List<RowChunk> chunks = new ArrayList<>();
        RowChunk.pack(rows.iterator(), SCHEMA).forEachRemaining(chunks::add);
        assertEquals(1, chunks.size());
        Iterator<InternalRow> back = chunks.get(0).rows();
        assertEquals(label(1), back.next().getUTF8String(1).toString());
        assertEquals(2L, back.next().getLong(0));
        assertFalse(back.hasNext());
    }

    @Test
    void anEmptyPartitionHasNoChunk() {
        assertFalse(RowChunk.pack(List.<InternalRow>of().iterator(), SCHEMA).hasNext());
    }

    private static GenericInternalRow row(int id) {
        return new GenericInternalRow(new Object[] {(long) id, UTF8String.fromString(label(id)),
                id % 3 == 0 ? null : id % 2 == 0});
    }

    private static String label(int id) {
        return "row " + id + " " + "x".repeat(id % 100);
    }
}
