package io.wirewatch.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins sentence pieces that ICU split wrongly; see {@link SentenceSplitter}. Linear in the text:
 * whether a quotation is still open is carried along as pieces join, and the abbreviation patterns
 * look at a piece's last characters only.
 */
final class SentenceRepair {
    private static final Pattern INITIAL = Pattern.compile("(?:^|[\\s(«\"])\\p{Lu}\\.$");
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?iu)(?:^|[\\s(«\"])(?:т\\.\\s?е|т\\.\\s?д|т\\.\\s?п|т\\.\\s?к|г|гг|см|им|ул|пр|ст|н\\.\\s?э|u\\.s|mr|mrs|ms|dr|prof|gen|sen|rep|st|jan|feb|mar|apr|aug|sept?|oct|nov|dec|vs|no|inc|corp|ltd|co)\\.$");
    /** A piece opening with a comma or a dash is an attribution after a quote ("…", - сказал он). */
    private static final String ATTRIBUTION_OPENERS = ",\u2014\u2013-";

    /** The most letters before the dot in either pattern (prof., sept.). */
    private static final int ABBREVIATION_LETTERS = 4;
    /** Enough characters for the longest abbreviation and what precedes it. */
    private static final int TAIL = 12;
    /** A line at least this long that stops at a word or a comma was wrapped, not ended (wire copy wraps at about 70). */
    private static final int WRAPPED_LINE = 50;

    private SentenceRepair() {
    }

    /** @param hardWraps whether a line break inside a sentence is the text's wrapping (English wire copy) */
    static List<TextRange> join(String text, List<TextRange> pieces, boolean hardWraps) {
        List<TextRange> out = new ArrayList<>();
        Quotation quotation = new Quotation();
        for (TextRange piece : pieces) {
            TextRange previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && (belongsToPrevious(text, previous, piece, quotation.isOpen())
                    || hardWraps && isWrapped(text, previous, piece))) {
                out.remove(out.size() - 1);
                quotation.read(text, previous.end(), piece.end());
                out.add(new TextRange(previous.start(), piece.end()));
            } else {
                quotation = new Quotation();
                quotation.read(text, piece.start(), piece.end());
                out.add(piece);
            }
        }
        return out;
    }

    private static boolean belongsToPrevious(String text, TextRange previous, TextRange piece, boolean insideQuote) {
        int next = text.codePointAt(piece.start());
        return insideQuote
                || ATTRIBUTION_OPENERS.indexOf(next) >= 0
                || Character.isLowerCase(next)
                || endsAtShortWordAndDot(text, previous) && (endsWith(INITIAL, text, previous) || endsWith(ABBREVIATION_END, text, previous));
    }

    /**
     * President Reagan announced he is sending Secretary of State George\nShultz to Moscow: one line
     * break between the pieces, the next line not indented (an indented line opens a paragraph), and
     * the line before long and stopping at a letter or a comma (a list or a table row stops at a
     * number, a sentence at its punctuation).
     */
    private static boolean isWrapped(String text, TextRange previous, TextRange piece) {
        int lineBreak = text.indexOf('\n', previous.end());
        char last = text.charAt(previous.end() - 1);
        if (lineBreak < 0 || lineBreak >= piece.start() || lineBreak + 1 != piece.start() || !Character.isLetter(last) && last != ',') {
            return false;
        }
        for (int i = previous.end(); i < lineBreak; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        int lineStart = Math.max(previous.start(), text.lastIndexOf('\n', previous.end() - 1) + 1);
        return previous.end() - lineStart >= WRAPPED_LINE;
    }

    /**
     * Whether the range ends with a dot after at most {@value #ABBREVIATION_LETTERS} letters (perhaps
     * before a line break): what both abbreviation patterns need ({@code \\p{Lu}\\.$}, {@code prof\\.$}),
     * checked before them because most sentences end with a longer word.
     */
    private static boolean endsAtShortWordAndDot(String text, TextRange range) {
        for (int dot = range.end() - 1; dot >= Math.max(range.start(), range.end() - 3); dot--) {
            if (text.charAt(dot) == '.') {
                int letters = 0;
                for (int i = dot - 1; i >= range.start() && Character.isLetter(text.charAt(i)); i--) {
                    letters++;
                }
                return letters <= ABBREVIATION_LETTERS;
            }
        }
        return false;
    }

    /**
     * Whether {@code pattern} (anchored with {@code $}) matches at the end of the range, looking only
     * at its last {@value #TAIL} characters, where its {@code ^} stands for the start of the range.
     */
    private static boolean endsWith(Pattern pattern, String text, TextRange range) {
        if (range.length() <= TAIL) {
            return pattern.matcher(range.of(text)).find();
        }
        // One character more than the tail, outside the region: ^ cannot match inside the range.
        Matcher m = pattern.matcher(text.substring(range.end() - TAIL - 1, range.end()));
        m.region(1, TAIL + 1);
        m.useAnchoringBounds(false);
        m.useTransparentBounds(true);
        return m.find();
    }

    /** The quotation marks read so far: guillemets and curly quotes pair up, straight quotes alternate. */
    private static final class Quotation {
        private int guillemets;
        private int straight;

        void read(String text, int from, int to) {
            for (int i = from; i < to; i++) {
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
        }

        boolean isOpen() {
            return guillemets > 0 || straight % 2 == 1;
        }
    }
}
