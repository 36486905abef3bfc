package io.wirewatch.extract.ner.rules;

import io.wirewatch.extract.morph.RussianMorphology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * An organisation's descriptor followed by a name in quotation marks names that organisation
 * (партии « Яблоко », газеты « Русская правда », московского клуба « 16 тонн »), and so does a
 * quoted name after a reporting word (сообщает « Росбалт », в интервью « Свободной прессе »): one
 * ORG of the words inside the quotes, the name proper as factRuEval's org_name spans mark it (the
 * descriptor and the marks are not part of the name), replacing whatever the finder found from the
 * descriptor to the closing mark. The quoted name starts with a capital or a digit and runs for at
 * most {@value #LONGEST} words.
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
                result = replaced(words, result, from, open, close);
                open = close;
            }
        }
        return result;
    }

    /** The names with one ORG, the words between {@code open} and {@code close}, in place of those overlapping {@code from} to {@code close}. */
    private static List<Found> replaced(String[] words, List<Found> names, int from, int open, int close) {
        List<Found> kept = new ArrayList<>(names.size() + 1);
        for (Found name : names) {
            if (name.end() <= from || name.start() > close) {
                kept.add(name);
            }
        }
        kept.add(new Found(open + 1, close, "ORG", 1.0));
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
