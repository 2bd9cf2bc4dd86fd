package cn.jgdj.dashboards.data;

import java.util.List;

/** The typed rows of one indicator table, and whether its CSV file was there at all. */
public record Table<T>(String name, boolean present, List<T> rows) {

    public Table {
        rows = List.copyOf(rows);
    }

    public static <T> Table<T> missing(String name) {
        return new Table<>(name, false, List.of());
    }

    public String fileName() {
        return name + ".csv";
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
