package cn.jgdj.dashboards.fonts;

import java.awt.Font;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The font every chart of a pack draws with: a CJK TrueType face (its file and collection index, so the PDF
 * writer can embed the same face) or, for an English pack on a machine without one, the JDK's sans serif.
 */
public record PackFont(Font base, Optional<Path> file, int index) {

    /** True when the font comes from a file that can draw Chinese. */
    public boolean isCjk() {
        return file.isPresent();
    }

    /** The font at a size, plain. */
    public Font sized(float size) {
        return base.deriveFont(Font.PLAIN, size);
    }

    /** Whether the file is a TrueType collection (.ttc), where {@code index} picks the face. */
    public boolean isCollection() {
        return file.map(f -> f.toString().toLowerCase().endsWith(".ttc")).orElse(false);
    }

    /** OpenPDF's name for the face: `path,index` for a collection (.ttc), else the path. */
    public Optional<String> pdfFontName() {
        return file.map(f -> isCollection() ? f + "," + index : f.toString());
    }
}
