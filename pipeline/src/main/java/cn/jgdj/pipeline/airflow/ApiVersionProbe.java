package cn.jgdj.pipeline.airflow;

import static cn.jgdj.pipeline.airflow.AirflowException.Kind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Asks an Airflow which REST API it serves: Airflow 3's /api/v2 first, then Airflow 2's /api/v1. */
final class ApiVersionProbe {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiVersionProbe() {
    }

    /** A version endpoint that answers, or refuses without credentials, tells the API is there. */
    static ApiVersion detect(AirflowTransport transport) {
        List<String> tried = new ArrayList<>();
        for (ApiVersion candidate : List.of(ApiVersion.V2, ApiVersion.V1)) {
            String path = candidate.prefix() + "/version";
            HttpResponse<String> response = transport.send(transport.request(path).GET().build(),
                    "asking which API version it serves");
            int status = response.statusCode();
            if (status == 401 || status == 403 || (status == 200 && answersVersion(response.body()))) {
                return candidate;
            }
            tried.add(path + " → HTTP " + status);
        }
        throw new AirflowException(Kind.SERVER_ERROR, "no Airflow REST API at " + transport.base() + " ("
                + String.join(", ", tried) + "): is this the Airflow API server (Airflow 3) or web server (Airflow 2)?");
    }

    private static boolean answersVersion(String body) {
        try {
            return JSON.readTree(body).hasNonNull("version");
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
