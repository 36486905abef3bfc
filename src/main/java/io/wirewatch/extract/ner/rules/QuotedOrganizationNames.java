package io.wirewatch.extract.ner.rules;

import io.wirewatch.extract.morph.RussianMorphology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * An organisation's descriptor followed by a name in quotation marks names that organisation
 * (партии « Яблоко », газеты « Русская правда », московского клуба « 16 тонн »): one ORG from the
 * descriptor, with the adjectives before it, to the last word inside the quotes, as factRuEval
 * marks it, replacing whatever the finder found there. After a reporting word (сообщает
 * « Росбалт », в интервью « Свободной прессе ») the quoted name alone is the outlet. The quoted
 * name starts with a capital or a digit and runs for at most {@value #LONGEST} words.
 */
public final class QuotedOrganizationNames implements NameRule {
    private static final int LONGEST = 8;
    private static final Set<String> REPORTING = Set.of("сообщать", "сообщить", "писать", "написать", "цитировать",
            "процитировать", "передавать", "передать", "интервью", "данные", "сообщение", "информация", "слово");

    public QuotedOrganizationNames() {
    }

    @Override
    public List<Found> apply(String[] words, List<Found> found) {
        List<Found> result = found;
        for (int open = 1; open + 1 < words.length; open++) {
            int close = NameWords.isOpeningQuote(words[open]) && startsName(words[open + 1]) ? closingQuote(words, open + 1) : -1;
            if (close < 0) {
                continue;
            }
            int descriptor = DescriptorWords.descriptorBefore(words, open, 0);
            int from = descriptor >= 0 ? descriptor : reportsFrom(words[open - 1]) ? open + 1 : -1;
            if (from >= 0) {
                result = replaced(words, result, from, close, descriptor >= 0);
                open = close;
            }
        }
        return result;
    }

    /**
     * The names with one ORG in place of those overlapping {@code from} to {@code close}; from a
     * descriptor, the ORG takes in the descriptor it depends on (руководство движения) and their
     * adjectives.
     */
    private static List<Found> replaced(String[] words, List<Found> names,
            int from, int close, boolean fromDescriptor) {
        int limit = 0;
        List<Found> kept = new ArrayList<>(names.size() + 1);
        for (Found name : names) {
            if (name.end() <= from) {
                limit = Math.max(limit, name.end());
            }
            if (name.end() <= from || name.start() > close) {
                kept.add(name);
            }
        }
        int start = from;
        if (fromDescriptor) {
            int outer = DescriptorWords.descriptorBefore(words, from, limit);
            start = DescriptorWords.withAdjectivesBefore(words, outer < 0 ? from : outer, limit);
        }
        kept.add(new Found(start, close, "ORG", 1.0));
        kept.sort(Comparator.comparingInt(Found::start));
        return kept;
    }

    /** Сообщает « Росбалт », пишет « Gzt.Ru », в интервью « Свободной прессе »: the quoted name is an outlet. */
    private static boolean reportsFrom(String word) {
        return RussianMorphology.get().hasLemmaIn(word, REPORTING);
    }

    private static int closingQuote(String[] words, int from) {
        for (int j = from + 1; j < words.length && j <= from + LONGEST; j++) {
            if (NameWords.isClosingQuote(words[j])) {
                return j;
            }
            if (NameWords.isOpeningQuote(words[j])) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean startsName(String word) {
        return !word.isEmpty() && (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0)));
    }


}
