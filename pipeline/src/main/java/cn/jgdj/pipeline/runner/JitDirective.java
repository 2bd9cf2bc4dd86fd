package cn.jgdj.pipeline.runner;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Adds a HotSpot compiler directive file (a class-path resource) to this JVM through the diagnostic command MBean,
 * as {@code jcmd PID Compiler.directives_add} would: no JVM flag, no console output, and only for methods compiled
 * from then on.
 */
final class JitDirective {
    private JitDirective() {
    }

    /** "added", or why not (a JVM without HotSpot's diagnostic commands, a missing resource). Never throws. */
    static String add(Class<?> owner, String resource) {
        Path file = null;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                return "not added: " + resource + " is missing from the class path";
            }
            file = Files.createTempFile("jgdj-jit-", ".json");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            Object reply = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            String text = String.valueOf(reply).trim();
            return text.contains("added") ? "added" : "not added: " + text;
        } catch (IOException | JMException | RuntimeException e) {
            return "not added: " + e;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless; the directive is already read
                }
            }
        }
    }
}
