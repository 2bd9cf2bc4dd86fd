package cn.jgdj.dashboards.text;

import java.util.Comparator;

/**
 * Orders names as a reader expects in a list of units: runs of digits by their number, so 第9号 comes before
 * 第10号 and 第100号 (plain string order would put 第100号 first); other characters by their code point.
 */
public final class NaturalOrder implements Comparator<String> {
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int iEnd = digitsEnd(a, i);
                int jEnd = digitsEnd(b, j);
                int byNumber = compareNumbers(a.substring(i, iEnd), b.substring(j, jEnd));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = iEnd;
                j = jEnd;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b);
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
