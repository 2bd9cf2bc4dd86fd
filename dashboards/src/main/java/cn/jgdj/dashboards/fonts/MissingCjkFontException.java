package cn.jgdj.dashboards.fonts;

/** No font that can draw Chinese was found, so a Chinese pack would show boxes instead of text. */
public class MissingCjkFontException extends RuntimeException {
    public MissingCjkFontException(String message) {
        super(message);
    }
}
