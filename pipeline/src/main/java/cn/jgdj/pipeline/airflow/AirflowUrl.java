package cn.jgdj.pipeline.airflow;

import static cn.jgdj.pipeline.airflow.AirflowException.Kind;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/** Airflow's base URL, checked (no credentials in it, http or https with a host), and path segments encoded. */
public final class AirflowUrl {
    private AirflowUrl() {
    }

    /** Parses and checks an Airflow base URL such as {@code http://127.0.0.1:8080}. */
    public static URI parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            // Not echoed: a malformed URL may still hold a password.
            throw new AirflowException(Kind.CONFIGURATION, "the Airflow URL is not a valid URL (" + e.getReason()
                    + "): write it like http://127.0.0.1:8080");
        }
        checkedBase(uri);
        return uri;
    }

    /** The URL as the client's base, without a trailing slash; fails on credentials, other schemes, a query. */
    static String checkedBase(URI uri) {
        if (uri.getRawUserInfo() != null) {
            // The URL is not echoed: it holds a secret.
            throw new AirflowException(Kind.CONFIGURATION, "the Airflow URL must not carry a user name or password:"
                    + " set " + AirflowCredentials.USERNAME_VAR + "/" + AirflowCredentials.PASSWORD_VAR + " instead");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null) {
            throw new AirflowException(Kind.CONFIGURATION, "Airflow URL '" + uri
                    + "' must be http:// or https:// with a host, e.g. http://127.0.0.1:8080");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new AirflowException(Kind.CONFIGURATION, "Airflow URL '" + uri + "' must not have a query or fragment");
        }
        String s = uri.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Percent-encodes one path segment: run ids hold ':' and '+'. */
    static String segment(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
