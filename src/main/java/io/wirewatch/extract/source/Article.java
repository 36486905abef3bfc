package io.wirewatch.extract.source;

import io.wirewatch.extract.text.TextRange;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An article ready for analysis: its whole text plus where the headline, the dateline lead and the
 * body lie in it, and the metadata the source gave.
 *
 * <p>Every offset the extractors produce indexes into {@link #text()}. For a file that is the
 * file's decoded text; for an article that came off a topic it is {@code headline + "\n\n" + body}
 * (see {@link #fromParts}). The dateline lead ({@code Москва. 10 февраля. INTERFAX.RU - }) is part
 * of the body but holds metadata, not mentions: extractors skip it.
 *
 * @param id        stable article id
 * @param source    agency or feed (INTERFAX.RU); empty when unknown
 * @param url       link to the original, or null
 * @param language  ISO 639-1 code declared by the source, or null to detect it
 * @param published publication date, or null when unknown
 * @param dateline  dateline city (Москва), or null
 * @param text      the whole text offsets index into
 * @param headline  where the headline lies in text (empty range when none)
 * @param lead      where the dateline lead lies in text, or null when there is none
 * @param body      where the body lies in text (dateline lead included)
 * @param format    the form the article was read from
 */
public record Article(
        String id,
        String source,
        String url,
        String language,
        LocalDate published,
        String dateline,
        String text,
        TextRange headline,
        TextRange lead,
        TextRange body,
        SourceFormat format) {

    public static final String HEADLINE_SEPARATOR = "\n\n";

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(body, "body");
        source = source == null ? "" : source;
        format = format == null ? SourceFormat.UNKNOWN : format;
        if (headline.end() > text.length() || body.end() > text.length()
                || (lead != null && lead.end() > text.length())) {
            throw new IllegalArgumentException("range beyond the text of article " + id);
        }
    }

    /** This article cut to its first {@code maxChars} characters (ranges clipped), for oversized input. */
    public Article truncated(int maxChars) {
        if (text.length() <= maxChars) {
            return this;
        }
        return new Article(id, source, url, language, published, dateline, text.substring(0, maxChars),
                clip(headline, maxChars), lead == null || lead.end() > maxChars ? null : lead, clip(body, maxChars), format);
    }

    private static TextRange clip(TextRange range, int max) {
        return new TextRange(Math.min(range.start(), max), Math.min(range.end(), max));
    }

    /** The headline text, empty when there is none. */
    public String headlineText() {
        return headline.of(text);
    }

    /** The body text, dateline lead included. */
    public String bodyText() {
        return body.of(text);
    }

    /**
     * Builds an article from a separate headline and body, as they travel on the raw topic: the
     * text is {@code headline + "\n\n" + body} (just the body when the headline is empty).
     *
     * @param leadLength length of the dateline lead at the start of body, 0 when none
     */
    public static Article fromParts(String id, String source, String url, String language,
            LocalDate published, String dateline, String headline, String body, int leadLength,
            SourceFormat format) {
        String head = headline == null ? "" : headline;
        String rest = body == null ? "" : body;
        String text = head.isEmpty() ? rest : head + HEADLINE_SEPARATOR + rest;
        int bodyStart = text.length() - rest.length();
        TextRange lead = leadLength > 0 ? new TextRange(bodyStart, bodyStart + leadLength) : null;
        return new Article(id, source, url, language, published, dateline, text,
                new TextRange(0, head.length()), lead, new TextRange(bodyStart, text.length()), format);
    }
}
