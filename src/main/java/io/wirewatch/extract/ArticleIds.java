package io.wirewatch.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String normalize(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
