package cn.jgdj.pipeline.airflow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AirflowCredentialsTest {

    @TempDir
    Path dir;

    @Test
    void environmentVariablesComeFirst() throws IOException {
        Path file = Files.writeString(dir.resolve("creds"), "username=fromfile\npassword=filepass\n");
        AirflowCredentials c = AirflowCredentials.fromEnvironment(Map.of("AIRFLOW_USERNAME", "ops",
                "AIRFLOW_PASSWORD", "envpass", "AIRFLOW_CREDENTIALS_FILE", file.toString()));

        assertEquals("ops", c.username());
        assertEquals("envpass", c.password());
        assertEquals("AIRFLOW_USERNAME/AIRFLOW_PASSWORD", c.source());
    }

    @Test
    void fileWithCommentsBlankLinesAndSpaces() throws IOException {
        Path file = Files.writeString(dir.resolve("creds"),
                "# written by ci/airflow-start.sh\r\n\r\n username = jgdj \r\npassword=a=b c\r\n");

        AirflowCredentials c = AirflowCredentials.fromEnvironment(Map.of("AIRFLOW_CREDENTIALS_FILE", file.toString()));

        assertEquals("jgdj", c.username());
        assertEquals("a=b c", c.password());
        assertEquals("AIRFLOW_CREDENTIALS_FILE " + file, c.source());
    }

    @Test
    void toStringShowsNeitherValue() {
        AirflowCredentials c = AirflowCredentials.fromEnvironment(Map.of("AIRFLOW_USERNAME", "ops",
                "AIRFLOW_PASSWORD", "Pa55-very-secret"));

        assertEquals("AirflowCredentials[from AIRFLOW_USERNAME/AIRFLOW_PASSWORD, username=***, password=***]",
                c.toString());
    }

    @Test
    void nothingSetNamesBothWays() {
        AirflowException e = assertThrows(AirflowException.class, () -> AirflowCredentials.fromEnvironment(Map.of()));

        assertEquals(AirflowException.Kind.CONFIGURATION, e.kind());
        assertEquals("no Airflow credentials: set AIRFLOW_USERNAME and AIRFLOW_PASSWORD, or AIRFLOW_CREDENTIALS_FILE"
                + " to a file with username= and password= lines", e.getMessage());
    }

    @Test
    void halfSetNamesTheMissingVariable() {
        AirflowException e = assertThrows(AirflowException.class,
                () -> AirflowCredentials.fromEnvironment(Map.of("AIRFLOW_USERNAME", "ops")));

        assertEquals("AIRFLOW_PASSWORD is not set: set both AIRFLOW_USERNAME and AIRFLOW_PASSWORD, or"
                + " AIRFLOW_CREDENTIALS_FILE to a file with username= and password= lines", e.getMessage());
    }

    @Test
    void aBadLineIsNamedButNotEchoed() throws IOException {
        Path file = Files.writeString(dir.resolve("creds"), "username=ops\nPa55-very-secret\n");

        AirflowException e = assertThrows(AirflowException.class, () -> AirflowCredentials.fromFile(file));

        assertEquals("AIRFLOW_CREDENTIALS_FILE " + file + " line 2: expected username=... or password=...",
                e.getMessage());
    }

    @Test
    void anUnknownKeyIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("creds"), "user=ops\npassword=x\n");

        AirflowException e = assertThrows(AirflowException.class, () -> AirflowCredentials.fromFile(file));

        assertEquals("AIRFLOW_CREDENTIALS_FILE " + file + " line 1: unknown key 'user' (expected username or password)",
                e.getMessage());
    }

    @Test
    void aMissingPasswordAndAMissingFile() throws IOException {
        Path file = Files.writeString(dir.resolve("creds"), "username=ops\n");
        Path absent = dir.resolve("absent");

        AirflowException noPassword = assertThrows(AirflowException.class, () -> AirflowCredentials.fromFile(file));
        AirflowException noFile = assertThrows(AirflowException.class, () -> AirflowCredentials.fromEnvironment(
                Map.of("AIRFLOW_CREDENTIALS_FILE", absent.toString())));

        assertEquals("AIRFLOW_CREDENTIALS_FILE " + file + ": no password given", noPassword.getMessage());
        assertEquals("AIRFLOW_CREDENTIALS_FILE " + absent + ": cannot read the file (NoSuchFileException)",
                noFile.getMessage());
    }
}
