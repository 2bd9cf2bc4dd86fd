package cn.jgdj.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * A few columns of a committed Parquet dataset read on the driver with Parquet's own reader: no Spark job. Ingest's
 * reference checks need the keys of curated tables written by the earlier ingest tasks; reading them through Spark
 * cost one Spark job per reference (the job that builds a broadcast join's table), although the driver ends up
 * holding the same rows either way. Values come in Spark's internal form (UTF8String; Long for longs and for local
 * date-times in microseconds; Integer for dates as days; Boolean), null where the file holds none. Files are found
 * as Spark's file index finds them: every file under the folder, partition folders included, except names starting
 * with '_' or '.' (_SUCCESS, .crc checksums). Only columns stored in the files can be read (not partition columns).
 */
final class ParquetOnDriver {
    private ParquetOnDriver() {
    }

    /** Every row of {@code location}'s files, with the values of {@code columns} in their order. */
    static List<Object[]> read(Configuration conf, String location, StructType columns) {
        Path root = new Path(location);
        List<Object[]> out = new ArrayList<>();
        try {
            FileSystem fs = root.getFileSystem(conf);
            if (!fs.exists(root)) {
                throw new IllegalStateException("dataset at " + location + " is missing (has the task that produces"
                        + " it run?)");
            }
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
            String prefix = fs.makeQualified(root).toUri().getPath();
            while (files.hasNext()) {
                LocatedFileStatus st = files.next();
                String path = st.getPath().toUri().getPath();
                String relative = path.startsWith(prefix) ? path.substring(prefix.length()) : st.getPath().getName();
                if (st.isFile() && !hidden(relative)) {
                    readFile(conf, st, columns, out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + location + " on the driver", e);
        }
        return out;
    }

    /** Whether a path below the dataset's folder is one Spark's file index skips (any part starts with _ or .). */
    static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith("_") || part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static void readFile(Configuration conf, LocatedFileStatus st, StructType columns, List<Object[]> out)
            throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(st, conf))) {
            MessageType file = reader.getFooter().getFileMetaData().getSchema();
            StructField[] fields = columns.fields();
            List<Type> projected = new ArrayList<>();
            for (StructField f : fields) {
                if (!file.containsField(f.name())) {
                    throw new IllegalStateException(st.getPath() + " has no column " + f.name());
                }
                Type t = file.getType(f.name());
                if (!stores(t, f.dataType())) {
                    throw new IllegalStateException("column " + f.name() + " of " + st.getPath() + " is " + t
                            + ", not Spark's " + f.dataType().simpleString());
                }
                projected.add(t);
            }
            MessageType projection = new MessageType(file.getName(), projected);
            reader.setRequestedSchema(projection);
            MessageColumnIO columnIO = new ColumnIOFactory().getColumnIO(projection, file);
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = columnIO.getRecordReader(pages, new GroupRecordConverter(projection));
                for (long i = 0, n = pages.getRowCount(); i < n; i++) {
                    Group g = records.read();
                    Object[] row = new Object[fields.length];
                    for (int c = 0; c < fields.length; c++) {
                        if (g.getFieldRepetitionCount(c) > 0) {
                            row[c] = value(g, c, fields[c].dataType());
                        }
                    }
                    out.add(row);
                }
            }
        }
    }

    private static Object value(Group g, int c, DataType type) {
        if (type.equals(DataTypes.StringType)) {
            return UTF8String.fromBytes(g.getBinary(c, 0).copy().getBytes());
        }
        if (type.equals(DataTypes.BooleanType)) {
            return g.getBoolean(c, 0);
        }
        if (type.equals(DataTypes.DateType)) {
            return g.getInteger(c, 0);
        }
        return g.getLong(c, 0);
    }

    /** Whether a Parquet column holds a Spark type as Spark's writer stores it. */
    static boolean stores(Type t, DataType type) {
        if (!t.isPrimitive() || t.isRepetition(Type.Repetition.REPEATED)) {
            return false;
        }
        PrimitiveType p = t.asPrimitiveType();
        PrimitiveTypeName name = p.getPrimitiveTypeName();
        LogicalTypeAnnotation logical = p.getLogicalTypeAnnotation();
        if (type.equals(DataTypes.StringType)) {
            return name == PrimitiveTypeName.BINARY;
        }
        if (type.equals(DataTypes.BooleanType)) {
            return name == PrimitiveTypeName.BOOLEAN;
        }
        if (type.equals(DataTypes.LongType)) {
            return name == PrimitiveTypeName.INT64 && logical == null;
        }
        if (type.equals(DataTypes.DateType)) {
            return name == PrimitiveTypeName.INT32 && logical instanceof DateLogicalTypeAnnotation;
        }
        if (type.equals(DataTypes.TimestampNTZType)) {
            return name == PrimitiveTypeName.INT64 && logical instanceof TimestampLogicalTypeAnnotation ts
                    && !ts.isAdjustedToUTC() && ts.getUnit() == TimeUnit.MICROS;
        }
        return false;
    }
}
