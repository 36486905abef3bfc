package io.wirewatch.topology.dedup;

import io.wirewatch.extract.text.Dateline;
import io.wirewatch.extract.source.Sha256;
import io.wirewatch.schema.RawArticle;
import java.util.Locale;

/**
 * The fingerprint of an article's text, equal for copies of one story however a feed dressed it:
 * the body without its dateline lead ({@code Москва. 10 февраля. INTERFAX.RU - }, or any short
 * opening with a date ended by a dash), lowercased,
 * ё folded to е, reduced to its words (letters and digits; punctuation, quotes and spacing
 * ignored), hashed with SHA-256 (first 16 hex digits). The headline is left out: agencies retitle.
 */
public final class TextFingerprint {
    private static final int MAX_LEAD = 80;
    private TextFingerprint() {
    }

    public static String of(RawArticle article) {
        String body = article.getBody() == null ? "" : article.getBody();
        int lead = Dateline.find(body).map(Dateline::length).orElseGet(() -> looseLead(body));
        return of(body.substring(lead));
    }

    /**
     * A dateline in a form the parser does not know ({@code МОСКВА, 10 фев - }): a short opening
     * with a digit in it, ended by a dash between spaces; 0 when there is none.
     */
    static int looseLead(String body) {
        int limit = Math.min(body.length(), MAX_LEAD);
        for (int i = 1; i < limit - 2; i++) {
            char c = body.charAt(i);
            if ((c == '-' || c == '–' || c == '—') && body.charAt(i - 1) == ' ' && body.charAt(i + 1) == ' ') {
                String lead = body.substring(0, i);
                return lead.chars().anyMatch(Character::isDigit) ? i + 2 : 0;
            }
        }
        return 0;
    }

    static String of(String text) {
        StringBuilder words = new StringBuilder(text.length());
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                words.appendCodePoint(c == 'ё' || c == 'Ё' ? 'е' : Character.toLowerCase(c));
                inWord = true;
            } else if (inWord) {
                words.append(' ');
                inWord = false;
            }
        }
        return Sha256.hex(words.toString().strip().toLowerCase(Locale.ROOT), 8);
    }
}
