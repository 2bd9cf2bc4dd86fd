package cn.jgdj.jobs.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.Platform;

/**
 * Binary rows (Spark's UnsafeRow format) packed back to back in one array, for {@link HeldRows}. UnsafeRow sizes are
 * multiples of 8 bytes, so every row stays word-aligned. Read back, each row is an UnsafeRow pointing into the array:
 * no copy.
 */
final class RowChunk implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A chunk is closed once it holds this many bytes (a row larger than that gets a chunk of its own). */
    static final int BYTES = 4 << 20;

    private final int fields;
    private final byte[] data;
    private final int[] ends;

    private RowChunk(int fields, byte[] data, int[] ends) {
        this.fields = fields;
        this.data = data;
        this.ends = ends;
    }

    /** The rows of a partition (each read out before the next: the iterator may reuse one row) in chunks. */
    static Iterator<RowChunk> pack(Iterator<InternalRow> rows, StructType schema) {
        int fields = schema.length();
        List<RowChunk> out = new ArrayList<>();
        UnsafeProjection toUnsafe = null;
        byte[] data = new byte[1024];
        int[] ends = new int[64];
        int size = 0;
        int count = 0;
        while (rows.hasNext()) {
            InternalRow r = rows.next();
            UnsafeRow row;
            if (r instanceof UnsafeRow u) {
                row = u;
            } else {
                if (toUnsafe == null) {
                    toUnsafe = UnsafeProjection.create(schema);
                }
                row = toUnsafe.apply(r);
            }
            int bytes = row.getSizeInBytes();
            if (size > 0 && size + bytes > BYTES) {
                out.add(new RowChunk(fields, Arrays.copyOf(data, size), Arrays.copyOf(ends, count)));
                size = 0;
                count = 0;
            }
            if (size + bytes > data.length) {
                data = Arrays.copyOf(data, Math.max(size + bytes, Math.min(BYTES, 2 * data.length)));
            }
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, 2 * count);
            }
            row.writeToMemory(data, Platform.BYTE_ARRAY_OFFSET + size);
            size += bytes;
            ends[count++] = size;
        }
        if (count > 0) {
            out.add(new RowChunk(fields, Arrays.copyOf(data, size), Arrays.copyOf(ends, count)));
        }
        return out.iterator();
    }

    /** The chunk's rows in the order they were packed, each its own UnsafeRow over this chunk's bytes. */
    Iterator<InternalRow> rows() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < ends.length;
            }

            @Override
            public InternalRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int start = next == 0 ? 0 : ends[next - 1];
                UnsafeRow row = new UnsafeRow(fields);
                row.pointTo(data, Platform.BYTE_ARRAY_OFFSET + start, ends[next] - start);
                next++;
                return row;
            }
        };
    }
}
