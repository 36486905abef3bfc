package io.wirewatch.ingest.feed;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Feed HTML ({@code content:encoded}, descriptions, HTML titles) to plain text with jsoup: text
 * nodes only (scripts, styles and markup dropped, entities decoded), a line break around every
 * block element and {@code <br>}, runs of spaces collapsed, at most one blank line in a row.
 */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "tr", "table", "section", "article", "header", "footer", "figure",
            "figcaption", "pre", "hr", "dd", "dt");

    private HtmlText() {
    }

    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder(html.length());
        Element body = Jsoup.parseBodyFragment(html).body();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (isBlock(node)) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (isBlock(node) && !((Element) node).normalName().equals("br")) {
                    out.append('\n');
                }
            }
        }, body);
        return tidy(out.toString());
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCKS.contains(element.normalName());
    }

    /** Collapses spaces within lines and blank-line runs; trims the whole. */
    static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int blankRun = 0;
        for (String line : text.split("\n", -1)) {
            String collapsed = line.replace('\u00A0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
            if (collapsed.isEmpty()) {
                blankRun++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blankRun > 0 ? "\n\n" : "\n");
            }
            out.append(collapsed);
            blankRun = 0;
        }
        return out.toString();
    }
}
