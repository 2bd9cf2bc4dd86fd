package cn.jgdj.jobs.catalog;

import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.ingest.IngestOptions;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The job classes of the jobs module as compiled: every class with a static {@link JobSpec} field (its
 * {@code SPEC}). A job whose registration was forgotten still has its SPEC, so this finds it where the catalog,
 * which only sees registrations, cannot.
 */
final class JobClasses {
    private JobClasses() {
    }

    /**
     * The classes, sorted by name, whose static JobSpec is neither among these registered specs nor an ingest spec
     * ({@link JobCatalog#ingest}, which declares ingest apart).
     */
    static List<String> specsOutside(List<JobSpec> registered) {
        List<JobSpec> known = new ArrayList<>(registered);
        known.addAll(JobCatalog.ingest(IngestOptions.DEFAULT));
        List<String> outside = new ArrayList<>();
        for (Class<?> c : compiled()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == JobSpec.class && !known.contains(value(f))) {
                    outside.add(c.getName());
                }
            }
        }
        return outside.stream().sorted().toList();
    }

    /** Every class under the folder that holds JobCatalog's package tree (jobs' target/classes). */
    private static List<Class<?>> compiled() {
        Path root;
        try {
            root = Path.of(JobCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("jobs' classes are not a folder here: " + root);
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<Class<?>> classes = new ArrayList<>();
            for (Path p : files.filter(JobClasses::isClass).sorted().toList()) {
                String name = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".");
                classes.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        JobCatalog.class.getClassLoader()));
            }
            return classes;
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("listing jobs' classes under " + root, e);
        }
    }

    private static boolean isClass(Path f) {
        String name = f.getFileName().toString();
        return name.endsWith(".class") && !name.equals("package-info.class") && !name.equals("module-info.class");
    }

    private static Object value(Field f) {
        try {
            f.setAccessible(true);
            return f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(f.toString(), e);
        }
    }
}
