package io.wirewatch.extract.source;

import io.wirewatch.extract.text.Dateline;
import io.wirewatch.extract.text.TextRange;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article from text. The seed format is a first line {@code date YYYY-MM-DD ...} (the rest
 * of that line is page chrome), a headline line, then the body, whose first paragraph may open with
 * a dateline lead ({@code Москва. 10 февраля. INTERFAX.RU - }). Any other text is all body. The
 * article's text is the input unchanged, so offsets index the decoded file.
 */
public final class ArticleTextParser {
    private static final Pattern DATE_LINE = Pattern.compile("\\A[\\s\\uFEFF]*date\\s+(\\d{4}-\\d{2}-\\d{2})[^\\n]*(\\n|\\z)");
    private static final Pattern NEXT_LINE = Pattern.compile("\\G\\s*?([^\\n]*\\S[^\\n]*)(\\n|\\z)");

    private ArticleTextParser() {
    }

    /** Parses text; {@code id} is used as the article id (e.g. derived from a file name). */
    public static Article parse(String id, String text) {
        Matcher date = DATE_LINE.matcher(text);
        if (date.find()) {
            Optional<Article> seed = seed(id, text, date);
            if (seed.isPresent()) {
                return seed.get();
            }
        }
        return plain(id, text);
    }

    private static Optional<Article> seed(String id, String text, Matcher date) {
        LocalDate published;
        try {
            published = LocalDate.parse(date.group(1));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        Matcher headline = NEXT_LINE.matcher(text);
        if (!headline.find(date.end())) {
            return Optional.empty();
        }
        TextRange head = new TextRange(headline.start(1), trimEnd(text, headline.end(1)));
        int bodyStart = skipSpace(text, headline.end());
        TextRange body = new TextRange(bodyStart, Math.max(bodyStart, trimEnd(text, text.length())));
        Optional<Dateline> dateline = Dateline.find(text.subSequence(bodyStart, text.length()));
        TextRange lead = dateline.map(d -> new TextRange(bodyStart, bodyStart + d.length())).orElse(null);
        return Optional.of(new Article(id, dateline.map(Dateline::source).orElse(""), null, null, published,
                dateline.map(Dateline::city).orElse(null), text, head, lead, body, SourceFormat.SEED_TEXT));
    }

    private static Article plain(String id, String text) {
        int start = skipSpace(text, 0);
        Optional<Dateline> dateline = Dateline.find(text.subSequence(start, text.length()));
        TextRange lead = dateline.map(d -> new TextRange(start, start + d.length())).orElse(null);
        return new Article(id, dateline.map(Dateline::source).orElse(""), null, null, null,
                dateline.map(Dateline::city).orElse(null), text, new TextRange(start, start), lead,
                new TextRange(start, Math.max(start, trimEnd(text, text.length()))), SourceFormat.PLAIN_TEXT);
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int end) {
        int i = end;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
