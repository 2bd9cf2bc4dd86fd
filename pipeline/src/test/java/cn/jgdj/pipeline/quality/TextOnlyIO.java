package cn.jgdj.pipeline.quality;

import cn.jgdj.jobs.io.JobIO;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** A JobIO holding small text files in memory: enough for the gate, which reads and writes only JSON. */
final class TextOnlyIO implements JobIO {
    final Map<String, String> files = new LinkedHashMap<>();

    @Override
    public SparkSession spark() {
        throw new UnsupportedOperationException("the gate needs no Spark");
    }

    @Override
    public Dataset<Row> read(String name) {
        throw new UnsupportedOperationException("the gate reads no table");
    }

    @Override
    public boolean exists(String name) {
        return files.containsKey(name);
    }

    @Override
    public void write(String name, Dataset<Row> rows) {
        throw new UnsupportedOperationException("the gate writes no table");
    }

    @Override
    public void writeText(String name, String content) {
        files.put(name, content);
    }

    @Override
    public String readText(String name) {
        return files.get(name);
    }

    @Override
    public String location(String name) {
        return "mem:/" + name;
    }
}
