package cn.jgdj.pipeline.airflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each form a password can travel in is masked; other text is left alone. */
class SecretFormsTest {
    private static final String USER = "ops";
    private static final String PASSWORD = "p@ss word/ü\"x+1";
    private static final SecretForms FORMS = SecretForms.of(AirflowCredentials.of(USER, PASSWORD));

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyFormOfThePasswordIsMasked() {
        String basic = b64(USER + ":" + PASSWORD);
        String urlSafe = Base64.getUrlEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String url = URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        // The test's own expectations of the encodings, so a change in them cannot pass unnoticed.
        assertEquals("b3BzOnBAc3Mgd29yZC/DvCJ4KzE=", basic);
        assertEquals("b3BzOnBAc3Mgd29yZC_DvCJ4KzE=", urlSafe);
        assertEquals("p%40ss+word%2F%C3%BC%22x%2B1", url);
        for (String form : List.of(PASSWORD, "p@ss word/ü\\\"x+1", url, "p%40ss%20word%2F%C3%BC%22x%2B1",
                "p%40ss+word%2f%c3%bc%22x%2b1", "%70%40ss w%6Frd/%C3%BC\"x%2B1", basic, "b3BzOnBAc3Mgd29yZC/DvCJ4KzE", urlSafe,
                "b3BzOnBAc3Mgd29yZC_DvCJ4KzE", b64(PASSWORD))) {
            assertEquals("got [***] back", FORMS.redact("got [" + form + "] back"), form);
        }
        assertEquals("Authorization: Basic *** sent", FORMS.redact("Authorization: Basic " + basic + " sent"));
    }

    @Test
    void theTokenIsMaskedOnlyOnceKnown() {
        String token = "eyJhbGciOiJIUzUxMiJ9.abc.def";

        assertEquals("Bearer " + token, FORMS.redact("Bearer " + token));
        assertEquals("Bearer ***", FORMS.withToken(token).redact("Bearer " + token));
    }

    @Test
    void textWithoutSecretsIsUnchanged() {
        String text = "DAG 'jgdj_pipeline' not found; user ops; p%40ss is only a prefix";

        assertEquals(text, FORMS.redact(text));
    }
}
