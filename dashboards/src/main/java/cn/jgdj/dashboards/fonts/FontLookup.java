package cn.jgdj.dashboards.fonts;

import java.nio.file.Path;
import java.util.List;

/** Where to look for font files, best candidates first; tests inject one that finds nothing. */
@FunctionalInterface
public interface FontLookup {
    List<Path> candidates();
}
