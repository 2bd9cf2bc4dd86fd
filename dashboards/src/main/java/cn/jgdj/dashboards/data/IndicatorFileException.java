package cn.jgdj.dashboards.data;

/** An indicator file that cannot be read; the message names the file, row, column and value. */
public class IndicatorFileException extends RuntimeException {
    public IndicatorFileException(String message) {
        super(message);
    }

    public IndicatorFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
