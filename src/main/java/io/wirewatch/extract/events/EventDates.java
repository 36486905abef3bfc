package io.wirewatch.extract.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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

    static final java.util.Set<String> MONTH_WORDS = MONTHS.keySet();

    /**
     * The month a sentence names, in the year that puts it at or before the article's month; the month
     * of a contact still ahead (PLANNED, PROPOSED) is never before the article's: talks planned for
     * April in a December report are next April's, wherever the month stands (в апреле состоится
     * визит), but a month before a clause opening before the trigger dates the announcement, in the
     * past (в начале января заявил, что планирует …).
     * Null if none.
     */
    static String monthIn(List<io.wirewatch.extract.text.Token> words, LocalDate published, TokenFlags flags, ContactStatus status,
            int triggerStart) {
        boolean planned = status == ContactStatus.PLANNED || status == ContactStatus.PROPOSED;
        if (published == null || !flags.anyHas(words, TokenFlags.MONTH)) {
            return null;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!flags.has(words.get(i), TokenFlags.MONTH)) {
                continue;
            }
            Integer month = month(words.get(i).keys());
            if (month != null && !(i > 0 && isDayNumber(words.get(i - 1).text()))) {
                boolean ahead = planned && !(words.get(i).start() < triggerStart && subordinatorBetween(words, i, triggerStart, flags));
                int year = published.getYear();
                if (ahead && month < published.getMonthValue()) {
                    year++;
                } else if (!ahead && month > published.getMonthValue()) {
                    year--;
                }
                return YearMonth.of(year, month).toString();
            }
        }
        return null;
    }

    /**
     * Whether an English clause dates its contact in a month still ahead of the article's (talks "in
     * June" in a March story, not "last June"): a contact reported without a cue is then planned.
     */
    static boolean monthAheadInEnglish(List<io.wirewatch.extract.text.Token> clause, LocalDate published, TokenFlags flags) {
        if (published == null || !flags.anyHas(clause, TokenFlags.MONTH)) {
            return false;
        }
        for (int i = 0; i < clause.size(); i++) {
            String word = clause.get(i).text();
            Integer month = flags.has(clause.get(i), TokenFlags.MONTH) ? MONTHS.get(word.toLowerCase(java.util.Locale.ROOT)) : null;
            boolean last = i > 0 && clause.get(i - 1).text().equalsIgnoreCase("last");
            if (month != null && !last && word.chars().allMatch(c -> c < 128) && month > published.getMonthValue()) {
                return true;
            }
        }
        return false;
    }

    /** в январе заявил, что планирует визит: whether a clause opens between the month and the trigger. */
    private static boolean subordinatorBetween(List<io.wirewatch.extract.text.Token> words, int from, int triggerStart, TokenFlags flags) {
        for (int j = from + 1; j < words.size() && words.get(j).start() < triggerStart; j++) {
            if (flags.has(words.get(j), TokenFlags.SUBORDINATOR)) {
                return true;
            }
        }
        return false;
    }

    private static Integer month(java.util.Set<String> keys) {
        for (String key : keys) {
            Integer month = MONTHS.get(key);
            if (month != null) {
                return month;
            }
        }
        return null;
    }

    private static boolean isDayNumber(String word) {
        return !word.isEmpty() && word.length() <= 2 && Character.isDigit(word.charAt(0));
    }
}
