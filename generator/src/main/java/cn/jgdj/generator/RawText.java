package cn.jgdj.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * How real exports spell values: dates as ISO, 2024/3/5, 2024年3月5日 or Excel serials, date-times with HH:mm,
 * ids with full-width characters or stray spaces. Every variant here is normalisable by ingest, never dirty.
 */
final class RawText {
    private RawText() {
    }

    /** Day 0 of Excel's 1900 date system as used after 1900-03-01 (Excel counts a fictitious 1900-02-29). */
    static final long EXCEL_EPOCH_DAY = LocalDate.of(1899, 12, 30).toEpochDay();

    private static final int CACHE_FROM = (int) LocalDate.of(1990, 1, 1).toEpochDay();
    private static final int CACHE_TO = (int) LocalDate.of(2100, 12, 31).toEpochDay();
    private static final String[] ISO = new String[CACHE_TO - CACHE_FROM + 1];

    static String iso(int day) {
        if (day >= CACHE_FROM && day <= CACHE_TO) {
            String s = ISO[day - CACHE_FROM];
            if (s == null) {
                s = LocalDate.ofEpochDay(day).toString();
                ISO[day - CACHE_FROM] = s;
            }
            return s;
        }
        return LocalDate.ofEpochDay(day).toString();
    }

    static String slash(int day) {
        LocalDate d = LocalDate.ofEpochDay(day);
        return d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
    }

    static String chinese(int day) {
        LocalDate d = LocalDate.ofEpochDay(day);
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static String excelSerial(int day) {
        return Long.toString(day - EXCEL_EPOCH_DAY);
    }

    /** A hand-entered date: mostly ISO, some 2024/3/5, some 2024年3月5日, a few Excel serials. */
    static String handDate(int day, SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.85) {
            return iso(day);
        } else if (u < 0.92) {
            return slash(day);
        } else if (u < 0.97) {
            return chinese(day);
        }
        return excelSerial(day);
    }

    static String hhmm(int minuteOfDay) {
        int h = minuteOfDay / 60;
        int m = minuteOfDay % 60;
        return (h < 10 ? "0" : "") + h + ":" + (m < 10 ? "0" : "") + m;
    }

    /**
     * A date-time: mostly 2024-03-05 09:00, some 2024/3/5 09:00 or with seconds; an Excel serial with a fraction
     * only when {@code serialAllowed} (the caller passes it only for times whose fraction of a day is an exact
     * decimal, so the serial reads back to the same minute).
     */
    static String dateTime(int day, int minuteOfDay, SplittableRandom r, boolean serialAllowed) {
        double u = r.nextDouble();
        if (serialAllowed && u < 0.05) {
            return excelSerialDateTime(day, minuteOfDay);
        } else if (u < 0.90) {
            return iso(day) + " " + hhmm(minuteOfDay);
        } else if (u < 0.96) {
            return slash(day) + " " + hhmm(minuteOfDay);
        }
        return iso(day) + " " + hhmm(minuteOfDay) + ":00";
    }

    /** True when minuteOfDay / 1440 has a short exact decimal expansion (every 3 hours, or 0, 22.5 ... minutes). */
    static boolean exactSerialFraction(int minuteOfDay) {
        return minuteOfDay % 180 == 0;
    }

    static String excelSerialDateTime(int day, int minuteOfDay) {
        if (!exactSerialFraction(minuteOfDay)) {
            throw new IllegalArgumentException("minute " + minuteOfDay + " has no exact serial fraction");
        }
        int eighths = minuteOfDay / 180;
        String frac = switch (eighths) {
            case 0 -> "";
            case 1 -> ".125";
            case 2 -> ".25";
            case 3 -> ".375";
            case 4 -> ".5";
            case 5 -> ".625";
            case 6 -> ".75";
            default -> ".875";
        };
        return excelSerial(day) + frac;
    }

    /** Full-width form of the printable ASCII characters (Ｍ００１２), as some exports write ids. */
    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c > ' ' && c < 0x7F ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }

    /** Mostly the id as is; rarely full-width, or with a stray space inside or around it. */
    static String messyId(String id, SplittableRandom r, double rate) {
        if (r.nextDouble() >= rate) {
            return id;
        }
        return switch (r.nextInt(3)) {
            case 0 -> fullWidth(id);
            case 1 -> " " + id + " ";
            default -> id.substring(0, 1) + " " + id.substring(1);
        };
    }

    /** Hours as written: whole numbers without a decimal point, halves with one. */
    static String hours(double h) {
        long whole = Math.round(h * 2);
        if (whole % 2 == 0) {
            return Long.toString(whole / 2);
        }
        return (whole / 2) + ".5";
    }

    static String pad(String prefix, long n, int width) {
        String s = Long.toString(n);
        StringBuilder b = new StringBuilder(prefix.length() + Math.max(width, s.length()));
        b.append(prefix);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(s).toString();
    }

    static int digits(long n) {
        return Long.toString(n).length();
    }
}
