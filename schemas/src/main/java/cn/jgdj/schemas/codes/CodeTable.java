package cn.jgdj.schemas.codes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A closed list of identifiers, each with its English label and the Chinese (and other) words that real exports use
 * for it; the first word is its Chinese label. Packs take both labels from here, so a code and its words live once.
 */
public final class CodeTable {
    private final String name;
    private final Map<String, List<String>> wordsById;
    private final Map<String, String> englishById;
    private final Map<String, String> idByWord = new LinkedHashMap<>();

    private CodeTable(String name, Map<String, List<String>> wordsById, Map<String, String> englishById) {
        this.name = name;
        this.wordsById = Collections.unmodifiableMap(wordsById);
        this.englishById = Collections.unmodifiableMap(englishById);
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

    /** The English label of an identifier, for the English packs. */
    public String english(String id) {
        String label = englishById.get(id);
        if (label == null) {
            throw new IllegalArgumentException(name + ": unknown code '" + id + "'");
        }
        return label;
    }

    /** Wraps an identifier's English label, so a table's declaration reads {@code .code(id, en("Male"), "男")}. */
    public static English en(String label) {
        return new English(label);
    }

    /** An English label: a type of its own so it cannot be mistaken for one of the words exports use. */
    public record English(String label) {
        public English {
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("blank English label");
            }
        }
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
        private final Map<String, String> english = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * @param english its English label (not a word exports use)
         * @param words   the words exports use for it, its Chinese label first
         */
        public Builder code(String id, English english, String... words) {
            if (words.length == 0 || words[0].isBlank()) {
                throw new IllegalArgumentException(name + ": code '" + id + "' needs its Chinese label first");
            }
            if (entries.put(id, List.of(words)) != null) {
                throw new IllegalArgumentException(name + ": code '" + id + "' declared twice");
            }
            this.english.put(id, english.label());
            return this;
        }

        public CodeTable build() {
            return new CodeTable(name, entries, english);
        }
    }
}
