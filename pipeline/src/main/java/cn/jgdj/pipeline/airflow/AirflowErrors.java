package cn.jgdj.pipeline.airflow;

import static cn.jgdj.pipeline.airflow.AirflowException.Kind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns Airflow's error answers into {@link AirflowException}s that say what to check, each message redacted: no
 * password or token leaves, whatever the server echoed.
 */
final class AirflowErrors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DETAIL_CHARS = 600;

    /** What a request was about: a 404 names the DAG or the run. */
    enum Target { DAG, RUN, OTHER }

    private final String base;
    private final AirflowCredentials credentials;
    private final SecretForms secrets;
    private final Supplier<String> token;

    /** {@code token} gives the token in use (or null), so a message never holds it either. */
    AirflowErrors(String base, AirflowCredentials credentials, Supplier<String> token) {
        this.base = base;
        this.credentials = credentials;
        this.secrets = SecretForms.of(credentials);
        this.token = token;
    }

    AirflowException failure(HttpResponse<String> response, Target target, String dagId, String runId,
                             String action, ApiVersion version) {
        int status = response.statusCode();
        String detail = detail(response.body());
        String airflowSays = detail.isEmpty() ? "" : " (Airflow: " + detail + ")";
        String credentialVars = AirflowCredentials.USERNAME_VAR + "/" + AirflowCredentials.PASSWORD_VAR;
        Kind kind;
        String message;
        if (status == 401) {
            kind = Kind.UNAUTHORIZED;
            message = "Airflow at " + base + " refused the credentials (HTTP 401) while " + action + ": check "
                    + credentialVars + " (read from " + credentials.source() + ")"
                    + (version == ApiVersion.V1 ? "; Airflow 2 also needs [api] auth_backends to include"
                    + " airflow.api.auth.backend.basic_auth" : "");
        } else if (status == 403) {
            kind = Kind.UNAUTHORIZED;
            message = "user '" + credentials.username() + "' is not allowed to do this on Airflow at " + base
                    + " (HTTP 403 while " + action + "): check " + credentialVars + " and the user's role"
                    + airflowSays;
        } else if (status == 404 && target == Target.DAG) {
            kind = Kind.DAG_NOT_FOUND;
            message = "DAG '" + dagId + "' not found on Airflow at " + base + " (HTTP 404 while " + action
                    + "): check the DAG id, and that the DAG file is in Airflow's DAG folder and imports cleanly"
                    + airflowSays;
        } else if (status == 404 && target == Target.RUN) {
            kind = Kind.RUN_NOT_FOUND;
            message = "run '" + runId + "' of DAG '" + dagId + "' not found on Airflow at " + base
                    + " (HTTP 404): check the run id and the DAG id" + airflowSays;
        } else if (status == 409) {
            kind = Kind.DUPLICATE_RUN;
            message = "DAG '" + dagId + "' already has a run with id '" + runId + "' (HTTP 409): choose another"
                    + " run id, or leave it out and Airflow picks one" + airflowSays;
        } else if (status == 400 || status == 422) {
            kind = Kind.VALIDATION;
            message = "Airflow rejected the request while " + action + " (HTTP " + status + ")"
                    + (detail.isEmpty() ? "" : ": " + detail);
        } else {
            kind = Kind.SERVER_ERROR;
            message = "Airflow at " + base + " answered HTTP " + status + " while " + action + airflowSays;
        }
        return new AirflowException(kind, status, redact(message));
    }

    AirflowException unexpected(String action, String what) {
        return new AirflowException(Kind.SERVER_ERROR, redact("unexpected answer from Airflow at " + base + " while "
                + action + ": " + what));
    }

    /**
     * Airflow's {"detail": ...}: a text, FastAPI's list of {loc, msg}, or Airflow 3's database-error object
     * whose "reason" is the only part meant for users; else a problem+json title.
     */
    private String detail(String body) {
        String text;
        try {
            JsonNode node = JSON.readTree(body);
            JsonNode d = node == null ? null : node.get("detail");
            if (d == null || d.isNull()) {
                text = node != null && node.hasNonNull("title") ? node.get("title").asText() : "";
            } else if (d.isTextual()) {
                text = d.asText();
            } else if (d.isArray()) {
                List<String> parts = new ArrayList<>();
                for (JsonNode item : d) {
                    parts.add(validationItem(item));
                }
                text = String.join("; ", parts);
            } else if (d.hasNonNull("reason")) {
                text = d.get("reason").asText();
            } else {
                text = d.toString();
            }
        } catch (JsonProcessingException e) {
            text = body == null ? "" : body.strip();
        }
        // Before folding white space too: a password may itself hold white space.
        text = redact(redact(text).replaceAll("\\s+", " "));
        return text.length() > MAX_DETAIL_CHARS ? text.substring(0, MAX_DETAIL_CHARS) + "…" : text;
    }

    private static String validationItem(JsonNode item) {
        if (!item.isObject()) {
            return item.asText();
        }
        List<String> loc = new ArrayList<>();
        for (JsonNode part : item.path("loc")) {
            loc.add(part.asText());
        }
        String msg = item.path("msg").asText(item.toString());
        return loc.isEmpty() ? msg : String.join(".", loc) + ": " + msg;
    }

    /** The last guard: whatever the server echoed, no secret leaves in a message. */
    private String redact(String text) {
        return secrets.withToken(token.get()).redact(text);
    }
}
