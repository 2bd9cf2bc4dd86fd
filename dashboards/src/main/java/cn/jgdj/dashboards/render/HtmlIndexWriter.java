package cn.jgdj.dashboards.render;

import cn.jgdj.dashboards.findings.Summary;
import cn.jgdj.dashboards.fonts.PackFont;
import cn.jgdj.dashboards.fonts.WebFontSubset;
import cn.jgdj.dashboards.page.Definition;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.TablePage;
import cn.jgdj.dashboards.text.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a pack's index.html: title facts, each chart's PNG linking to its SVG with a short reading text, and
 * the subset of the pack's font its text needs, embedded.
 */
public final class HtmlIndexWriter {
    private HtmlIndexWriter() {
    }

    /** The family name of the embedded subset in the page's CSS. */
    static final String EMBEDDED_FAMILY = "PackCJK";

    public static void write(PackDocument doc, String pdfName, Path file, PackFont font) {
        Lang lang = doc.lang();
        String title = esc(doc.title()) + " · " + esc(doc.subtitle());
        String body = body(doc, pdfName);
        // The characters of the page, in the pack's face: readable where no Chinese font is installed.
        String fontFace = WebFontSubset.base64(font, title + body)
                .map(b -> "@font-face{font-family:'" + EMBEDDED_FAMILY + "';src:url(data:font/ttf;base64," + b
                        + ") format('truetype')}\n")
                .orElse("");
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.ZH ? "zh-CN" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(title).append("</title>\n<style>\n")
                .append(fontFace)
                .append("body{font-family:").append(fontFace.isEmpty() ? "" : "'" + EMBEDDED_FAMILY + "',")
                .append("'WenQuanYi Zen Hei','Noto Sans CJK SC','Microsoft YaHei',sans-serif;")
                .append("margin:24px auto;max-width:1400px;padding:0 16px;color:#222}\n")
                .append("h1{font-size:26px;margin-bottom:4px}h2{font-size:20px;margin-top:36px}\n")
                .append(".facts{border-collapse:collapse;margin:12px 0 24px}.facts td{padding:4px 16px 4px 0;")
                .append("border-bottom:1px solid #ddd;vertical-align:top}.facts td:first-child{color:#555}\n")
                .append("figure{display:flex;gap:24px;align-items:flex-start;margin:0 0 40px;")
                .append("border-top:1px solid #ddd;padding-top:16px}\n")
                .append("figure img{max-width:900px;width:100%;height:auto;border:1px solid #eee}\n")
                .append("figcaption{max-width:380px;font-size:15px;line-height:1.6}\n")
                .append("figcaption h3{font-size:16px;margin:0 0 8px}dt{font-weight:bold;margin-top:12px}\n")
                .append("dd{margin:4px 0 0 0;line-height:1.6}\n")
                .append(".summary{max-width:1000px;font-size:15px;line-height:1.7}.summary p{margin:4px 0;text-indent:2em}\n")
                .append(".list{border-collapse:collapse;margin:8px 0 24px;font-size:14px}.list th,.list td{border:1px solid #ccc;")
                .append("padding:4px 8px;text-align:left;vertical-align:top}.list th{background:#f3f6f9}\n")
                .append("@media (max-width:1100px){figure{flex-direction:column}}\n</style>\n</head>\n<body>\n")
                .append(body).append("</body>\n</html>\n");
        try {
            Files.writeString(file, h.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String body(PackDocument doc, String pdfName) {
        StringBuilder h = new StringBuilder();
        h.append("<h1>").append(esc(doc.title())).append("</h1>\n<p>").append(esc(doc.subtitle())).append(" · <a href=\"")
                .append(esc(pdfName)).append("\">PDF</a></p>\n<table class=\"facts\">\n");
        for (PackDocument.Fact f : doc.facts()) {
            h.append("<tr><td>").append(esc(f.label())).append("</td><td>").append(esc(f.value()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (doc.summary() != null) {
            Summary s = doc.summary();
            h.append("<section class=\"summary\">\n<h2>").append(esc(s.heading())).append("</h2>\n<p>")
                    .append(esc(s.intro())).append("</p>\n");
            for (Summary.Section sec : s.sections()) {
                h.append("<h3>").append(esc(sec.heading())).append("</h3>\n");
                for (String line : sec.sentences()) {
                    h.append("<p>").append(esc(line)).append("</p>\n");
                }
                if (s.units() != null && sec.heading().equals(s.units().title())) {
                    table(h, s.units(), false);
                }
            }
            h.append("</section>\n");
        }
        for (PackChart c : doc.charts()) {
            String png = "charts/" + c.id() + ".png";
            String svg = "charts/" + c.id() + ".svg";
            h.append("<figure id=\"").append(esc(c.id())).append("\">\n<a href=\"").append(svg).append("\"><img src=\"")
                    .append(png).append("\" width=\"").append(c.width()).append("\" height=\"").append(c.height())
                    .append("\" alt=\"").append(esc(c.title())).append("\"></a>\n<figcaption><h3>")
                    .append(esc(c.title())).append("</h3>\n<p>").append(esc(c.description())).append("</p>\n<p><a href=\"")
                    .append(svg).append("\">SVG</a> · <a href=\"").append(png).append("\">PNG</a></p></figcaption>\n")
                    .append("</figure>\n");
        }
        h.append("<h2>").append(esc(doc.definitionsHeading())).append("</h2>\n<dl>\n");
        for (Definition d : doc.definitions()) {
            h.append("<dt>").append(esc(d.term())).append("</dt><dd>").append(esc(d.meaning())).append("</dd>\n");
        }
        h.append("</dl>\n");
        for (TablePage t : doc.appendix()) {
            table(h, t, true);
        }
        return h.toString();
    }

    private static void table(StringBuilder h, TablePage t, boolean withTitle) {
        if (withTitle) {
            h.append("<h2>").append(esc(t.title())).append("</h2>\n");
        }
        if (t.note() != null && !t.note().isBlank()) {
            h.append("<p>").append(esc(t.note())).append("</p>\n");
        }
        h.append("<table class=\"list\">\n<tr>");
        t.header().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr>\n");
        for (java.util.List<String> row : t.rows()) {
            h.append("<tr>");
            row.forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
