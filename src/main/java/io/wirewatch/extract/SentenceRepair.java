package io.wirewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Joins sentence pieces that ICU split wrongly; see {@link SentenceSplitter}. */
final class SentenceRepair {
    private static final Pattern INITIAL = Pattern.compile("(?:^|[\\s(«\"])\\p{Lu}\\.$");
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?iu)(?:^|[\\s(«\"])(?:т\\.\\s?е|т\\.\\s?д|т\\.\\s?п|т\\.\\s?к|г|гг|см|им|ул|пр|ст|н\\.\\s?э|u\\.s|mr|mrs|ms|dr|prof|gen|sen|rep|st|jan|feb|mar|apr|aug|sept?|oct|nov|dec|vs|no|inc|corp|ltd|co)\\.$");
    private static final Pattern ATTRIBUTION_START = Pattern.compile("^[,\u2014\u2013-]|^[-\u2013\u2014]\\s*\\p{Ll}");

    /** Enough characters for the longest abbreviation and what precedes it. */
    private static final int TAIL = 12;

    private SentenceRepair() {
    }

    static List<TextRange> join(String text, List<TextRange> pieces) {
        List<TextRange> out = new ArrayList<>();
        for (TextRange piece : pieces) {
            if (!out.isEmpty() && belongsToPrevious(text, out.get(out.size() - 1), piece)) {
                TextRange previous = out.remove(out.size() - 1);
                out.add(new TextRange(previous.start(), piece.end()));
            } else {
                out.add(piece);
            }
        }
        return out;
    }

    private static boolean belongsToPrevious(String text, TextRange previous, TextRange piece) {
        String before = previous.of(text);
        String next = piece.of(text);
        return insideQuote(before)
                || ATTRIBUTION_START.matcher(next).find()
                || Character.isLowerCase(next.codePointAt(0))
                || endsWith(INITIAL, before)
                || endsWith(ABBREVIATION_END, before);
    }

    /**
     * Whether {@code pattern} (anchored with {@code $}) matches at the end of {@code text}, looking
     * only at its last characters: a whole-text search per piece made long articles quadratic.
     */
    private static boolean endsWith(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        m.region(Math.max(0, text.length() - TAIL), text.length());
        m.useAnchoringBounds(false);
        m.useTransparentBounds(true);
        return m.find();
    }

    /** Whether a quotation opened in the text is still open at its end. */
    static boolean insideQuote(String text) {
        int guillemets = 0;
        int straight = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '«' || c == '„') {
                guillemets++;
            } else if (c == '»' || (c == '“' && guillemets > 0) || c == '”') {
                guillemets = Math.max(0, guillemets - 1);
            } else if (c == '“') {
                guillemets++;
            }
        }
        return guillemets > 0 || straight % 2 == 1;
    }
}
