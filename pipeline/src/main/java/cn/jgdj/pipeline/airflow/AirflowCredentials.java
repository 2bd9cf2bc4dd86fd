package cn.jgdj.pipeline.airflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An Airflow user name and password, read from the environment or from a file named there;
 * never from the command line, where other users of the machine could read them.
 */
public final class AirflowCredentials {

    public static final String USERNAME_VAR = "AIRFLOW_USERNAME";
    public static final String PASSWORD_VAR = "AIRFLOW_PASSWORD";
    public static final String FILE_VAR = "AIRFLOW_CREDENTIALS_FILE";

    private final String username;
    private final String password;
    private final String source;

    private AirflowCredentials(String username, String password, String source) {
        this.username = username;
        this.password = password;
        this.source = source;
    }

    public static AirflowCredentials of(String username, String password) {
        requireText(username, "username", "the caller");
        requireText(password, "password", "the caller");
        return new AirflowCredentials(username, password, "the caller");
    }

    /**
     * AIRFLOW_USERNAME and AIRFLOW_PASSWORD when both are set, else the file named by
     * AIRFLOW_CREDENTIALS_FILE (lines {@code username=...} and {@code password=...}).
     */
    public static AirflowCredentials fromEnvironment(Map<String, String> env) {
        String user = env.get(USERNAME_VAR);
        String pass = env.get(PASSWORD_VAR);
        if (notBlank(user) && notBlank(pass)) {
            return new AirflowCredentials(user, pass, USERNAME_VAR + "/" + PASSWORD_VAR);
        }
        String file = env.get(FILE_VAR);
        if (notBlank(file)) {
            return fromFile(Path.of(file));
        }
        if (notBlank(user) || notBlank(pass)) {
            String missing = notBlank(user) ? PASSWORD_VAR : USERNAME_VAR;
            throw new AirflowException(AirflowException.Kind.CONFIGURATION,
                    missing + " is not set: set both " + USERNAME_VAR + " and " + PASSWORD_VAR
                            + ", or " + FILE_VAR + " to a file with username= and password= lines");
        }
        throw new AirflowException(AirflowException.Kind.CONFIGURATION,
                "no Airflow credentials: set " + USERNAME_VAR + " and " + PASSWORD_VAR
                        + ", or " + FILE_VAR + " to a file with username= and password= lines");
    }

    /** Reads {@code username=} and {@code password=} lines; blank lines and lines starting with # are skipped. */
    public static AirflowCredentials fromFile(Path file) {
        String where = FILE_VAR + " " + file;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AirflowException(AirflowException.Kind.CONFIGURATION,
                    where + ": cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
        String user = null;
        String pass = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            // The line itself is never echoed: it may be the password.
            if (eq < 0) {
                throw new AirflowException(AirflowException.Kind.CONFIGURATION,
                        where + " line " + (i + 1) + ": expected username=... or password=...");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            switch (key) {
                case "username" -> user = value;
                case "password" -> pass = value;
                default -> throw new AirflowException(AirflowException.Kind.CONFIGURATION,
                        where + " line " + (i + 1) + ": unknown key '" + key + "' (expected username or password)");
            }
        }
        requireText(user, "username", where);
        requireText(pass, "password", where);
        return new AirflowCredentials(user, pass, where);
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** Where the credentials came from, for messages; never the values. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "AirflowCredentials[from " + source + ", username=***, password=***]";
    }

    private static void requireText(String value, String key, String where) {
        if (!notBlank(value)) {
            throw new AirflowException(AirflowException.Kind.CONFIGURATION, where + ": no " + key + " given");
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
