package cn.jgdj.pipeline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The exact command that installs the CJK font the Chinese packs need (WenQuanYi Zen Hei: TrueType outlines,
 * which the PDF writer can embed) on this kind of system. The JDK caches font lookups in ~/.java/fonts, so
 * each command clears that cache too.
 */
final class FontInstall {
    private static final String CLEAR_JDK_CACHE = " && rm -rf ~/.java/fonts";
    /** Package manager on the PATH, first match wins, and its command. */
    private static final Map<String, String> BY_PACKAGE_MANAGER = new LinkedHashMap<>();

    static {
        BY_PACKAGE_MANAGER.put("apt-get", "sudo apt-get install -y fonts-wqy-zenhei fontconfig");
        BY_PACKAGE_MANAGER.put("dnf", "sudo dnf install -y wqy-zenhei-fonts fontconfig");
        BY_PACKAGE_MANAGER.put("yum", "sudo yum install -y wqy-zenhei-fonts fontconfig");
        BY_PACKAGE_MANAGER.put("zypper", "sudo zypper install -y wqy-zenhei-fonts fontconfig");
        BY_PACKAGE_MANAGER.put("pacman", "sudo pacman -S --noconfirm wqy-zenhei fontconfig");
        BY_PACKAGE_MANAGER.put("apk", "sudo apk add font-wqy-zenhei fontconfig");
    }

    private FontInstall() {
    }

    /** For this machine: the package managers found on the PATH. */
    static String command() {
        return command(System.getProperty("os.name", ""), FontInstall::onPath);
    }

    /**
     * The command for a system.
     *
     * @param onPath whether a program of that name is on the PATH
     */
    static String command(String osName, Predicate<String> onPath) {
        if (!osName.toLowerCase().contains("mac")) {
            for (Map.Entry<String, String> e : BY_PACKAGE_MANAGER.entrySet()) {
                if (onPath.test(e.getKey())) {
                    return e.getValue() + CLEAR_JDK_CACHE;
                }
            }
        }
        // No known package manager (macOS included, whose own fonts the packs do not look in): the font file itself.
        return "mkdir -p ~/.local/share/fonts && cp wqy-zenhei.ttc ~/.local/share/fonts/" + CLEAR_JDK_CACHE
                + "   (wqy-zenhei.ttc from https://wenq.org, or any TrueType .ttf/.ttc font that draws Chinese)";
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
