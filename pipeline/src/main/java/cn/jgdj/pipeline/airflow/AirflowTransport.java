package cn.jgdj.pipeline.airflow;

import static cn.jgdj.pipeline.airflow.AirflowException.Kind;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** HTTP to one Airflow: requests with the client's timeout, and every transport failure as an AirflowException. */
final class AirflowTransport {
    private final String base;
    private final Duration requestTimeout;
    private final HttpClient http;

    AirflowTransport(String base, Duration requestTimeout) {
        this.base = base;
        this.requestTimeout = requestTimeout;
        // HTTP/1.1: the default h2c upgrade attempt on plain http confuses some ASGI servers.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(requestTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The base URL, without a trailing slash. */
    String base() {
        return base;
    }

    /** A request to {@code base + path} that accepts JSON and times out with the client. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(requestTimeout)
                .header("Accept", "application/json");
    }

    HttpResponse<String> send(HttpRequest request, String action) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new AirflowException(Kind.CONNECTION_REFUSED, "no connection to Airflow at " + base + " within "
                    + RunPoller.describe(requestTimeout) + " while " + action + ": is Airflow running at " + base + "?", e);
        } catch (HttpTimeoutException e) {
            throw new AirflowException(Kind.TIMEOUT, "Airflow at " + base + " did not answer within "
                    + RunPoller.describe(requestTimeout) + " while " + action, e);
        } catch (ConnectException e) {
            throw new AirflowException(Kind.CONNECTION_REFUSED, "cannot connect to Airflow at " + base + " while "
                    + action + " (" + reason(e) + "): is Airflow running at " + base + "?", e);
        } catch (IOException e) {
            throw new AirflowException(Kind.SERVER_ERROR, "lost the connection to Airflow at " + base + " while "
                    + action + " (" + reason(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AirflowException(Kind.TIMEOUT, "interrupted while " + action, e);
        }
    }

    /** The JDK's connect failures carry no message; their cause chain tells an unknown host from a refusal. */
    private static String reason(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException) {
                return "unknown host";
            }
        }
        String m = e.getMessage();
        if (e instanceof ConnectException && (m == null || m.isBlank())) {
            return "connection refused";
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
