package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemberKeysTest {
    private static final byte[] SECRET = "test-secret".getBytes(StandardCharsets.UTF_8);

    @Test
    void keyIsLowercaseHexHmacSha256OfTheNormalisedId() {
        // python3 -c "import hmac,hashlib;print(hmac.new(b'test-secret',b'DY-0001',hashlib.sha256).hexdigest())"
        String expected = "7f81c24f930fd60774c5e45c9269826b011ad452232a997ebbf76e5e5c865d97";
        assertEquals(expected, MemberKeys.key(SECRET, "DY-0001"));
        assertEquals(expected, MemberKeys.key(SECRET, " ＤＹ－０００１ "));
        assertEquals("bd3867a66bbf7948efb1af558e60321af39834ff42bd550560999654904351c7",
                MemberKeys.key(MemberKeys.DEMO_SECRET, "DY-0001"));
    }

    @Test
    void secretFromTheEnvironmentOrAFileElseTheDemoKey(@TempDir Path tmp) throws Exception {
        MemberKeys.KeySource inline = MemberKeys.resolve(Map.of("JGDJ_MEMBER_KEY", "s3cret"));
        assertArrayEquals("s3cret".getBytes(StandardCharsets.UTF_8), inline.secret());
        assertFalse(inline.demo());

        Path file = tmp.resolve("key.txt");
        Files.writeString(file, "from-file\n");
        MemberKeys.KeySource fromFile = MemberKeys.resolve(Map.of("JGDJ_MEMBER_KEY_FILE", file.toString()));
        assertArrayEquals("from-file".getBytes(StandardCharsets.UTF_8), fromFile.secret());
        assertFalse(fromFile.demo());

        MemberKeys.KeySource demo = MemberKeys.resolve(Map.of());
        assertArrayEquals(MemberKeys.DEMO_SECRET, demo.secret());
        assertTrue(demo.demo());
    }

    @Test
    void ambiguousOrUnreadableKeysAreErrors(@TempDir Path tmp) throws Exception {
        assertThrows(IllegalArgumentException.class, () -> MemberKeys.resolve(
                Map.of("JGDJ_MEMBER_KEY", "a", "JGDJ_MEMBER_KEY_FILE", "/x")));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> MemberKeys.resolve(Map.of("JGDJ_MEMBER_KEY_FILE", tmp.resolve("nope").toString())));
        assertTrue(missing.getMessage().startsWith("JGDJ_MEMBER_KEY_FILE=" + tmp.resolve("nope")));
        Path empty = Files.writeString(tmp.resolve("empty"), "\n");
        assertEquals("JGDJ_MEMBER_KEY_FILE=" + empty + ": the key file is empty",
                assertThrows(IllegalArgumentException.class,
                        () -> MemberKeys.resolve(Map.of("JGDJ_MEMBER_KEY_FILE", empty.toString()))).getMessage());
    }
}
