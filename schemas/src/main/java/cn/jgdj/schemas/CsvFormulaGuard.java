package cn.jgdj.schemas;

/**
 * The formula-injection guard of every CSV the project publishes (OWASP "CSV injection"): a text cell that a
 * spreadsheet could take for a formula (it starts with =, +, -, @, tab or carriage return) is written with a
 * leading apostrophe. A cell that already starts with an apostrophe gets one too, so the guard can be undone
 * exactly: {@link #reveal} removes one apostrophe before any of those characters. Plain numbers such as -5.2 are
 * left alone (they are not formulas, and numeric columns are never touched).
 */
public final class CsvFormulaGuard {
    private CsvFormulaGuard() {
    }

    public static final char PREFIX = '\'';
    /** The characters that make a text cell look like a formula, plus the prefix itself. */
    public static final String TRIGGERS = "=+-@\t\r'";
    /** Java regex: a text cell that must be prefixed starts with a trigger ... */
    public static final String STARTS_WITH_TRIGGER = "^[=+\\-@\\t\\r']";
    /** ... unless it is a plain decimal number. */
    public static final String PLAIN_NUMBER = "^[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?$";

    /** The cell as written to a published CSV. */
    public static String guard(String cell) {
        if (cell == null || cell.isEmpty() || TRIGGERS.indexOf(cell.charAt(0)) < 0 || cell.matches(PLAIN_NUMBER)) {
            return cell;
        }
        return PREFIX + cell;
    }

    /** The original cell from a guarded one. */
    public static String reveal(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == PREFIX && TRIGGERS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
