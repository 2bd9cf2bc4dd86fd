package cn.jgdj.pipeline.airflow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every form in which a client's secrets can travel, and so come back in an error body: the password as
 * typed, JSON-escaped and URL-encoded (any characters escaped, in either case; a space as + or %20); the basic-auth value
 * (base64 of user:password, standard or URL-safe alphabet, with or without padding and the "Basic " prefix);
 * the base64 of the password alone; and the bearer token. {@link #redact} replaces each with ***.
 */
final class SecretForms {
    static final String MASK = "***";
    private final List<Pattern> patterns;

    private SecretForms(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /** The forms of these credentials' password and basic-auth value. */
    static SecretForms of(AirflowCredentials credentials) {
        return new SecretForms(List.of()).with(credentials.password())
                .withBase64(credentials.username() + ":" + credentials.password())
                .withBase64(credentials.password());
    }

    /** These forms and a token (sent as is: Bearer TOKEN); null or empty adds nothing. */
    SecretForms withToken(String token) {
        return token == null || token.isEmpty() ? this : with(token);
    }

    String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (Pattern p : patterns) {
            out = p.matcher(out).replaceAll(Matcher.quoteReplacement(MASK));
        }
        return out;
    }

    private SecretForms with(String secret) {
        return plus(List.of(Pattern.compile(Pattern.quote(jsonEscaped(secret))), anyPercentEncoding(secret)));
    }

    private SecretForms withBase64(String plain) {
        byte[] bytes = plain.getBytes(StandardCharsets.UTF_8);
        Set<String> forms = new LinkedHashSet<>();
        for (String encoded : List.of(Base64.getEncoder().encodeToString(bytes),
                Base64.getUrlEncoder().encodeToString(bytes))) {
            forms.add(encoded);
            forms.add(encoded.replace("=", ""));
        }
        List<Pattern> added = new ArrayList<>();
        forms.stream().filter(s -> !s.isEmpty()).forEach(s -> added.add(Pattern.compile(Pattern.quote(s))));
        return plus(added);
    }

    /** Longer forms first, so a form that contains another is masked whole. */
    private SecretForms plus(List<Pattern> added) {
        List<Pattern> all = new ArrayList<>(patterns);
        all.addAll(added);
        all.sort(Comparator.comparingInt((Pattern p) -> p.pattern().length()).reversed());
        return new SecretForms(List.copyOf(all));
    }

    /**
     * The secret with any of its characters percent-encoded (UTF-8, either case) or, for a space, written +:
     * covers the plain secret, URLEncoder's form and any other encoder's choice of what to escape.
     */
    private static Pattern anyPercentEncoding(String secret) {
        StringBuilder regex = new StringBuilder();
        secret.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            StringBuilder escaped = new StringBuilder();
            for (byte b : ch.getBytes(StandardCharsets.UTF_8)) {
                escaped.append(String.format("%%%02X", b & 0xff));
            }
            regex.append("(?:").append(Pattern.quote(ch)).append("|(?i:").append(escaped).append(')');
            if (cp == ' ') {
                regex.append("|\\+");
            }
            regex.append(')');
        });
        return Pattern.compile(regex.toString());
    }

    private static String jsonEscaped(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '/' -> sb.append('/');
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
