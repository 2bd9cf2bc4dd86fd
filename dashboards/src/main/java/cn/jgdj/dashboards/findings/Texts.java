package cn.jgdj.dashboards.findings;

import cn.jgdj.dashboards.text.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The reviewable wording of the summary page: texts_zh.properties / texts_en.properties beside this class, with
 * named placeholders {name}. Plain replacement, not MessageFormat, so apostrophes and numbers print as written.
 */
public final class Texts {
    private final Properties props;
    private final String file;

    private Texts(Properties props, String file) {
        this.props = props;
        this.file = file;
    }

    /** The texts of a pack language. */
    public static Texts of(Lang lang) {
        String file = "texts_" + (lang == Lang.ZH ? "zh" : "en") + ".properties";
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("resource " + file + " is missing beside " + Texts.class.getName());
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Texts(p, file);
    }

    public boolean has(String key) {
        return props.containsKey(key);
    }

    /** The text of a key with its placeholders filled from name/value pairs; a missing key or value is an error. */
    public String get(String key, Object... namesAndValues) {
        String text = props.getProperty(key);
        if (text == null) {
            throw new IllegalStateException(file + " has no text '" + key + "'");
        }
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("placeholders come in name/value pairs: " + key);
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        int open = text.indexOf('{');
        if (open >= 0 && text.indexOf('}', open) > open) {
            throw new IllegalStateException(file + " text '" + key + "' has an unfilled placeholder: " + text);
        }
        return text;
    }

    /** "p<0.001" below a thousandth, else the value to three decimals. */
    public String p(double p) {
        return p < 0.001 ? get("value.p.small") : get("value.p", "p", String.format(Locale.ROOT, "%.3f", p));
    }

    /** "q<0.001" below a thousandth, else the value to three decimals. */
    public String q(double q) {
        return q < 0.001 ? get("value.q.small") : get("value.q", "q", String.format(Locale.ROOT, "%.3f", q));
    }
}
