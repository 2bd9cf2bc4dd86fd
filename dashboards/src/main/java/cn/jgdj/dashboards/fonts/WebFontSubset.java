package cn.jgdj.dashboards.fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The pack's CJK face cut down to the characters a page uses, as TrueType bytes for an HTML {@code @font-face}:
 * the HTML then reads the same on a machine without a Chinese font, as the PDF does with its embedded subset.
 */
public final class WebFontSubset {
    private WebFontSubset() {
    }

    /** The subset as base64 TrueType, or empty when the pack draws with no CJK file (an English fallback). */
    public static Optional<String> base64(PackFont font, String text) {
        if (font.file().isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> codePoints = new TreeSet<>();
        text.codePoints().filter(c -> !Character.isISOControl(c)).forEach(codePoints::add);
        try {
            return Optional.of(Base64.getEncoder().encodeToString(subset(font, codePoints)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot subset the font " + font.file().get() + " for the HTML: "
                    + e.getMessage(), e);
        }
    }

    private static byte[] subset(PackFont font, Set<Integer> codePoints) throws IOException {
        Path file = font.file().orElseThrow();
        int index = font.index();
        if (!font.isCollection()) {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                return subset(ttf, codePoints);
            }
        }
        AtomicReference<byte[]> out = new AtomicReference<>();
        AtomicInteger i = new AtomicInteger();
        try (TrueTypeCollection ttc = new TrueTypeCollection(file.toFile())) {
            ttc.processAllFonts(ttf -> {
                if (i.getAndIncrement() == index) {
                    out.set(subset(ttf, codePoints));
                }
            });
        }
        if (out.get() == null) {
            throw new IOException("the collection has no font number " + index);
        }
        return out.get();
    }

    private static byte[] subset(TrueTypeFont ttf, Set<Integer> codePoints) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(ttf);
        subsetter.addAll(codePoints);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        subsetter.writeToStream(bytes);
        return bytes.toByteArray();
    }
}
