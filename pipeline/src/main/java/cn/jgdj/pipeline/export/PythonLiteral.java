package cn.jgdj.pipeline.export;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Python source literals for the values a generated DAG file embeds. */
final class PythonLiteral {
    private PythonLiteral() {
    }

    /** A double-quoted Python string equal to {@code s}; null is {@code None}. */
    static String str(String s) {
        if (s == null) {
            return "None";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A Python list of strings on one line. */
    static String list(List<String> items) {
        return items.stream().map(PythonLiteral::str).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A Python dict of strings, one entry per line at the given indent, in the map's order. */
    static String dict(Map<String, String> entries, String indent) {
        if (entries.isEmpty()) {
            return "{}";
        }
        return entries.entrySet().stream()
                .map(e -> indent + "    " + str(e.getKey()) + ": " + str(e.getValue()) + ",\n")
                .collect(Collectors.joining("", "{\n", indent + "}"));
    }
}
