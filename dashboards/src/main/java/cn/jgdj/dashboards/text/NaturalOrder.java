package cn.jgdj.dashboards.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Orders names as a reader of a Chinese list of units expects, in Chinese and English packs alike (unit names are
 * Chinese in both): words by their pinyin, as the JDK's Chinese collator orders them (县人民医院, 县委办, 县中医医院:
 * ren, wei, zhong; a code-point order would give 县中医医院, 县人民医院, 县委办), and runs of digits by their
 * number, so 第9号 comes before 第10号 and 第100号. A digit comes before any letter or character.
 */
public final class NaturalOrder implements Comparator<String> {
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    /** The JDK's collator for Locale.CHINA orders the GB2312 characters by pinyin (then tone, then strokes). */
    private final Collator pinyin = Collator.getInstance(Locale.CHINA);

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            boolean xDigit = Character.isDigit(a.charAt(i));
            boolean yDigit = Character.isDigit(b.charAt(j));
            if (xDigit != yDigit) {
                return xDigit ? -1 : 1;
            }
            int iEnd = xDigit ? digitsEnd(a, i) : wordEnd(a, i);
            int jEnd = yDigit ? digitsEnd(b, j) : wordEnd(b, j);
            String x = a.substring(i, iEnd);
            String y = b.substring(j, jEnd);
            int byPart = xDigit ? compareNumbers(x, y) : pinyin.compare(x, y);
            if (byPart != 0) {
                return byPart;
            }
            i = iEnd;
            j = jEnd;
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    private static int wordEnd(String s, int from) {
        int k = from;
        while (k < s.length() && !Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** Numbers of any length: without leading zeros, the longer is larger; then digit by digit. */
    private static int compareNumbers(String x, String y) {
        String a = x.replaceFirst("^0+(?=.)", "");
        String b = y.replaceFirst("^0+(?=.)", "");
        int byLength = Integer.compare(a.length(), b.length());
        return byLength != 0 ? byLength : a.compareTo(b);
    }
}
