package io.wirewatch.extract.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article into sentences with ICU's sentence break rules, then repairs what those rules
 * get wrong in news copy: a break inside a quotation, before an attribution that follows a quote
 * ({@code "...", - сказал он}), after an initial ({@code В. В. Путин}) or an abbreviation
 * ({@code т.е.}, {@code г.}, {@code U.S.}), or before a lowercase continuation, and in English at
 * the line breaks of hard-wrapped wire copy. The headline is a sentence of its own. Thread-safe: one break iterator per thread.
 */
public final class SentenceSplitter {
    private static final ThreadLocal<BreakIterator> RUSSIAN =
            ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(new ULocale("ru")));
    private static final ThreadLocal<BreakIterator> ENGLISH =
            ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(ULocale.ENGLISH));

    private static final int WRAPPED_MIN = 50;
    private static final int WRAPPED_MAX = 90;

    private SentenceSplitter() {
    }

    /**
     * The sentences of an article's headline (one sentence) and body, in text order; the dateline
     * lead, when there is one, stays whole.
     *
     * @param lead the dateline lead inside the body, or null
     */
    public static List<Sentence> split(String text, TextRange headline, TextRange body, TextRange lead, String language) {
        List<TextRange> ranges = new ArrayList<>();
        if (!headline.isEmpty()) {
            ranges.add(headline);
        }
        ranges.addAll(keepLeadWhole(splitRange(text, body, language), lead));
        List<Sentence> sentences = new ArrayList<>(ranges.size());
        for (TextRange range : ranges) {
            sentences.add(new Sentence(sentences.size(), range));
        }
        return sentences;
    }

    static List<TextRange> splitRange(String text, TextRange region, String language) {
        BreakIterator iterator = (LanguageDetector.ENGLISH.equals(language) ? ENGLISH : RUSSIAN).get();
        iterator.setText(text.substring(region.start(), region.end()));
        List<TextRange> pieces = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            TextRange piece = trim(text, region.start() + start, region.start() + end);
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
        }
        return SentenceRepair.join(text, pieces, LanguageDetector.ENGLISH.equals(language) && isHardWrapped(text, region));
    }

    /**
     * Wire copy wrapped at a fixed width (the Reuters pool: about 70 columns): three lines or more of
     * at least {@value #WRAPPED_MIN} characters, none longer than {@value #WRAPPED_MAX}. Text with a
     * sentence or a paragraph a line has longer lines, and its line breaks end sentences.
     */
    static boolean isHardWrapped(String text, TextRange region) {
        int longLines = 0;
        int lineStart = region.start();
        for (int i = region.start(); i <= region.end(); i++) {
            if (i == region.end() || text.charAt(i) == '\n') {
                int length = i - lineStart;
                if (length > WRAPPED_MAX) {
                    return false;
                }
                longLines += length >= WRAPPED_MIN ? 1 : 0;
                lineStart = i + 1;
            }
        }
        return longLines >= 3;
    }

    /** The dateline lead ({@code Москва. 10 февраля. INTERFAX.RU - }) opens the first sentence. */
    private static List<TextRange> keepLeadWhole(List<TextRange> pieces, TextRange lead) {
        if (lead == null) {
            return pieces;
        }
        List<TextRange> out = new ArrayList<>();
        for (TextRange piece : pieces) {
            TextRange last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.end() <= lead.end() && last.start() >= lead.start()) {
                out.set(out.size() - 1, new TextRange(last.start(), piece.end()));
            } else {
                out.add(piece);
            }
        }
        return out;
    }

    static TextRange trim(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new TextRange(s, e);
    }
}
