package io.wirewatch.extract.events;

import io.wirewatch.extract.RussianMorphology;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Months named in a sentence (в начале января, in March), resolved against the article's date. */
final class EventDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("январь", 1), Map.entry("февраль", 2), Map.entry("март", 3), Map.entry("апрель", 4),
            Map.entry("май", 5), Map.entry("июнь", 6), Map.entry("июль", 7), Map.entry("август", 8),
            Map.entry("сентябрь", 9), Map.entry("октябрь", 10), Map.entry("ноябрь", 11), Map.entry("декабрь", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9),
            Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12));

    private EventDates() {
    }

    /** The month a sentence names, in the year that puts it at or before the article's month; null if none. */
    static String monthIn(List<String> words, LocalDate published) {
        if (published == null) {
            return null;
        }
        for (int i = 0; i < words.size(); i++) {
            Integer month = month(words.get(i));
            boolean dayBefore = i > 0 && words.get(i - 1).matches("\\d{1,2}");
            if (month != null && !dayBefore) {
                int year = month > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
                return YearMonth.of(year, month).toString();
            }
        }
        return null;
    }

    private static Integer month(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (MONTHS.containsKey(lower)) {
            return MONTHS.get(lower);
        }
        for (String lemma : RussianMorphology.get().lemmas(lower)) {
            if (MONTHS.containsKey(lemma)) {
                return MONTHS.get(lemma);
            }
        }
        return null;
    }
}
