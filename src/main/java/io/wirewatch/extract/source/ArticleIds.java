package io.wirewatch.extract.source;

import java.util.Locale;

/**
 * Stable article ids for inputs that carry none: {@code sha256(source | headline | body)} over
 * whitespace-collapsed, lowercased text, first 16 hex digits, so the same story read twice gets
 * the same id.
 */
public final class ArticleIds {
    private ArticleIds() {
    }

    public static String contentId(String source, String headline, String body) {
        String normalized = String.join("|", normalize(source), normalize(headline), normalize(body));
        return "sha256:" + Sha256.hex(normalized, 8);
    }

    private static String normalize(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
