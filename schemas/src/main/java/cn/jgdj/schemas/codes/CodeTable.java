package cn.jgdj.schemas.codes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A closed list of identifiers, each with the Chinese (and other) words that real exports use for it. */
public final class CodeTable {
    private final String name;
    private final Map<String, List<String>> wordsById;
    private final Map<String, String> idByWord = new LinkedHashMap<>();

    private CodeTable(String name, Map<String, List<String>> wordsById) {
        this.name = name;
        this.wordsById = Collections.unmodifiableMap(wordsById);
        wordsById.forEach((id, words) -> {
            idByWord.put(id.toLowerCase(Locale.ROOT), id);
            words.forEach(w -> idByWord.put(w.toLowerCase(Locale.ROOT), id));
        });
    }

    /** Starts a table; add entries with {@link Builder#code}. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    /** The identifiers in declaration order. */
    public List<String> ids() {
        return List.copyOf(wordsById.keySet());
    }

    /** The first (canonical) Chinese word of an identifier, for labels. */
    public String chinese(String id) {
        List<String> words = wordsById.get(id);
        if (words == null || words.isEmpty()) {
            throw new IllegalArgumentException(name + ": unknown code '" + id + "'");
        }
        return words.get(0);
    }

    /** Maps an identifier or one of its words (already trimmed and half-width) to the identifier. */
    public Optional<String> lookup(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(idByWord.get(word.strip().toLowerCase(Locale.ROOT)));
    }

    public boolean contains(String id) {
        return wordsById.containsKey(id);
    }

    /** Fluent builder keeping declaration order. */
    public static final class Builder {
        private final String name;
        private final Map<String, List<String>> entries = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder code(String id, String... words) {
            entries.put(id, List.of(words));
            return this;
        }

        public CodeTable build() {
            return new CodeTable(name, entries);
        }
    }
}
