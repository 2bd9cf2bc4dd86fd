package cn.jgdj.dashboards.text;

/** Language of a pack's labels: Chinese by default, English on request. */
public enum Lang {
    ZH, EN;

    /** Picks the Chinese or the English wording. */
    public String pick(String zh, String en) {
        return this == ZH ? zh : en;
    }

    /** Parses `zh` or `en` (any case); blank or null gives ZH. */
    public static Lang parse(String text) {
        if (text == null || text.isBlank()) {
            return ZH;
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "zh", "zh-cn", "cn", "chinese" -> ZH;
            case "en", "en-us", "en-gb", "english" -> EN;
            default -> throw new IllegalArgumentException("unknown language '" + text + "'; use zh or en");
        };
    }
}
