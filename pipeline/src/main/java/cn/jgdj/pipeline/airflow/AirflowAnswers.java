package cn.jgdj.pipeline.airflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Reads Airflow's JSON answers into the client's records; an answer of the wrong shape is an unexpected answer. */
final class AirflowAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AirflowErrors errors;

    AirflowAnswers(AirflowErrors errors) {
        this.errors = errors;
    }

    JsonNode object(String body, String action) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw errors.unexpected(action, "not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw errors.unexpected(action, "not JSON");
        }
    }

    AirflowDag dag(JsonNode node, String action) {
        return new AirflowDag(text(node, "dag_id", action), node.path("is_paused").asBoolean(false));
    }

    DagRun run(JsonNode node, String action) {
        Map<String, Object> conf = node.hasNonNull("conf")
                ? JSON.convertValue(node.get("conf"), new TypeReference<Map<String, Object>>() { })
                : Map.of();
        String logical = node.hasNonNull("logical_date") ? "logical_date" : "execution_date";
        return new DagRun(text(node, "dag_id", action), text(node, "dag_run_id", action), text(node, "state", action),
                instant(node, logical, action), instant(node, "start_date", action), instant(node, "end_date", action),
                conf);
    }

    TaskInstance taskInstance(JsonNode node, String action) {
        String state = node.hasNonNull("state") ? node.get("state").asText() : null;
        return new TaskInstance(text(node, "task_id", action), node.path("map_index").asInt(-1), state,
                node.path("try_number").asInt(0), instant(node, "start_date", action),
                instant(node, "end_date", action));
    }

    String text(JsonNode node, String field, String action) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw errors.unexpected(action, "no '" + field + "' text field");
        }
        return value.asText();
    }

    private Instant instant(JsonNode node, String field, String action) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw errors.unexpected(action, "'" + field + "' is not a date-time: '" + value.asText() + "'");
        }
    }
}
