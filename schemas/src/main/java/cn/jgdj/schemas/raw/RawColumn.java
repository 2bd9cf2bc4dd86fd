package cn.jgdj.schemas.raw;

import cn.jgdj.schemas.codes.CodeTable;
import java.util.List;

/**
 * One column of a raw export: its identifier, parse type, whether it must be filled,
 * the header words accepted for it (Chinese labels), and its code table for CODE columns.
 * {@code personal} columns (name, id_number) are read for validation only and never written.
 */
public record RawColumn(String name, ValueType type, boolean required, List<String> aliases,
                        CodeTable codes, boolean personal) {

    public static RawColumn required(String name, ValueType type, String... aliases) {
        return new RawColumn(name, type, true, List.of(aliases), null, false);
    }

    public static RawColumn optional(String name, ValueType type, String... aliases) {
        return new RawColumn(name, type, false, List.of(aliases), null, false);
    }

    public static RawColumn code(String name, boolean required, CodeTable codes, String... aliases) {
        return new RawColumn(name, ValueType.CODE, required, List.of(aliases), codes, false);
    }

    public static RawColumn personal(String name, boolean required, String... aliases) {
        return new RawColumn(name, ValueType.TEXT, required, List.of(aliases), null, true);
    }
}
