package cn.jgdj.dashboards.fonts;

import cn.jgdj.dashboards.text.Lang;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a TrueType font that can draw Chinese, preferring WenQuanYi Zen Hei, by asking each candidate face
 * {@code canDisplayUpTo} on Chinese sample text. Only TrueType outlines (.ttf, .ttc) qualify: the PDF writer
 * cannot embed CFF (.otf) CJK faces. A Chinese pack without such a font fails with a message naming the
 * Debian package, rather than drawing boxes.
 */
public final class CjkFonts {
    public static final Path PREFERRED = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    /** Text every chart needs: digits, Latin and the commonest Chinese words of the packs. */
    public static final String SAMPLE = "党员教育培训学时达标率年度季度已抑制无数据 2025Q3 100%";
    public static final String INSTALL_HINT = "apt-get install fonts-wqy-zenhei";
    private static final List<Path> DEFAULT_DIRS = List.of(Path.of("/usr/share/fonts"),
            Path.of("/usr/local/share/fonts"), Path.of(System.getProperty("user.home"), ".fonts"),
            Path.of(System.getProperty("user.home"), ".local/share/fonts"));
    private static final Map<Path, Font[]> LOADED = new ConcurrentHashMap<>();
    private static final Pattern FONTCONFIG_DIR = Pattern.compile("<dir[^>]*>\\s*([^<]+?)\\s*</dir>");

    private final FontLookup lookup;

    public CjkFonts(FontLookup lookup) {
        this.lookup = lookup;
    }

    /** Looks in the preferred file, then in fontconfig's font folders. */
    public static CjkFonts system() {
        return new CjkFonts(CjkFonts::systemCandidates);
    }

    /** The first candidate face that draws the sample text. */
    public Optional<PackFont> find() {
        for (Path file : lookup.candidates()) {
            Font[] faces = load(file);
            for (int i = 0; i < faces.length; i++) {
                if (faces[i].canDisplayUpTo(SAMPLE) == -1) {
                    return Optional.of(new PackFont(faces[i].deriveFont(12f), Optional.of(file), i));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The font for a pack in this language: a CJK font; for English without one, the JDK's sans serif.
     *
     * @throws MissingCjkFontException for Chinese when no candidate can draw Chinese
     */
    public PackFont forLang(Lang lang) {
        Optional<PackFont> found = find();
        if (found.isPresent()) {
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(found.get().base());
            return found.get();
        }
        if (lang == Lang.EN) {
            return new PackFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12), Optional.empty(), 0);
        }
        throw new MissingCjkFontException("No TrueType font that can draw Chinese was found (looked for "
                + PREFERRED + " and in the fontconfig font folders), so a Chinese pack would show boxes. "
                + "Install one: " + INSTALL_HINT + " (or render the pack in English).");
    }

    private static Font[] load(Path file) {
        return LOADED.computeIfAbsent(file, f -> {
            try {
                return Font.createFonts(f.toFile());
            } catch (FontFormatException | IOException e) {
                return new Font[0];
            }
        });
    }

    /** The preferred file, then every .ttf/.ttc under the fontconfig folders, in a stable order. */
    static List<Path> systemCandidates() {
        LinkedHashSet<Path> out = new LinkedHashSet<>();
        if (Files.isRegularFile(PREFERRED)) {
            out.add(PREFERRED);
        }
        for (Path dir : fontDirs()) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).filter(CjkFonts::isTrueType).sorted().forEach(out::add);
            } catch (IOException | UncheckedIOException e) {
                // An unreadable folder holds no usable font; the others still count.
            }
        }
        return List.copyOf(out);
    }

    private static boolean isTrueType(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ttf") || n.endsWith(".ttc");
    }

    private static List<Path> fontDirs() {
        List<Path> dirs = new ArrayList<>(DEFAULT_DIRS);
        Path conf = Path.of("/etc/fonts/fonts.conf");
        if (Files.isRegularFile(conf)) {
            try {
                Matcher m = FONTCONFIG_DIR.matcher(Files.readString(conf, StandardCharsets.UTF_8));
                while (m.find()) {
                    String d = m.group(1).strip();
                    dirs.add(d.startsWith("~") ? Path.of(System.getProperty("user.home") + d.substring(1)) : Path.of(d));
                }
            } catch (IOException e) {
                // Without fonts.conf the default folders are searched.
            }
        }
        return dirs.stream().distinct().toList();
    }
}
