package cn.jgdj.jobs.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * member_key = lowercase hex HMAC-SHA256 of the normalised member_id under the operator's secret, so curated data
 * links a member's rows without carrying the member_id; without the secret the key cannot be traced back.
 */
public final class MemberKeys {
    private MemberKeys() {
    }

    /** Environment variable holding the secret itself (its UTF-8 bytes are the HMAC key). */
    public static final String ENV_SECRET = "JGDJ_MEMBER_KEY";
    /** Environment variable naming a file that holds the secret (trailing whitespace and newline ignored). */
    public static final String ENV_SECRET_FILE = "JGDJ_MEMBER_KEY_FILE";

    /**
     * The built-in demo key, published here on purpose: it makes the demo reproducible and protects nothing.
     * Real data must be ingested under a secret of the operator's own (JGDJ_MEMBER_KEY or JGDJ_MEMBER_KEY_FILE).
     */
    public static final byte[] DEMO_SECRET =
            "jgdj-demo-member-key (public; for the demo county only)".getBytes(StandardCharsets.UTF_8);

    private static final String ALGORITHM = "HmacSHA256";

    /** Where the secret came from; {@code demo} means the built-in demo key (callers must warn). */
    public record KeySource(byte[] secret, boolean demo, String origin) {
    }

    /** The member_key of a member_id (normalised as ingest does: half-width, trimmed, no inner spaces). */
    public static String key(byte[] secret, String memberId) {
        return new Hasher(secret).key(memberId);
    }

    /** The secret from JGDJ_MEMBER_KEY or JGDJ_MEMBER_KEY_FILE, else the demo key with demo=true. */
    public static KeySource resolve(Map<String, String> env) {
        String inline = env.get(ENV_SECRET);
        String file = env.get(ENV_SECRET_FILE);
        boolean hasInline = inline != null && !inline.isEmpty();
        boolean hasFile = file != null && !file.isBlank();
        if (hasInline && hasFile) {
            throw new IllegalArgumentException("both " + ENV_SECRET + " and " + ENV_SECRET_FILE
                    + " are set: set only one");
        }
        if (hasInline) {
            return new KeySource(inline.getBytes(StandardCharsets.UTF_8), false, "environment variable " + ENV_SECRET);
        }
        if (hasFile) {
            String secret;
            try {
                secret = Files.readString(Path.of(file.strip()), StandardCharsets.UTF_8).stripTrailing();
            } catch (IOException e) {
                throw new IllegalArgumentException(ENV_SECRET_FILE + "=" + file + ": cannot read the key file ("
                        + e.getMessage() + ")", e);
            }
            if (secret.isEmpty()) {
                throw new IllegalArgumentException(ENV_SECRET_FILE + "=" + file + ": the key file is empty");
            }
            return new KeySource(secret.getBytes(StandardCharsets.UTF_8), false, "key file " + file.strip());
        }
        return new KeySource(DEMO_SECRET.clone(), true, "built-in demo key");
    }

    /**
     * A reusable HMAC for hashing many ids in one task (a Mac is not thread-safe: one per task). It remembers the
     * keys it computed: fact files name the same few thousand members millions of times, and an HMAC costs far
     * more than a map lookup.
     */
    static final class Hasher {
        /** Distinct ids remembered before the memory is cleared (a county has tens of thousands of members). */
        private static final int MAX_REMEMBERED = 200_000;
        private final Mac mac;
        private final Map<String, String> remembered = new HashMap<>();

        Hasher(byte[] secret) {
            if (secret == null || secret.length == 0) {
                throw new IllegalArgumentException("the member key secret is empty");
            }
            try {
                mac = Mac.getInstance(ALGORITHM);
                mac.init(new SecretKeySpec(secret, ALGORITHM));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(ALGORITHM + " is not available", e);
            }
        }

        String key(String memberId) {
            String id = Normalize.id(memberId);
            if (id == null) {
                throw new IllegalArgumentException("a blank member_id has no member_key");
            }
            String key = remembered.get(id);
            if (key == null) {
                key = HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)));
                if (remembered.size() >= MAX_REMEMBERED) {
                    remembered.clear();
                }
                remembered.put(id, key);
            }
            return key;
        }
    }
}
