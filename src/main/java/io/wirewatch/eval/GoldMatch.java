package io.wirewatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.extract.events.ContactEventRecord;
import io.wirewatch.extract.statements.AttributedStatement;
import io.wirewatch.extract.text.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * How found events and statements match gold items, as ../shared/ANNOTATION.md scores them; the
 * one matching code of {@code wirewatch eval events|statements} and of the tests.
 * <ul>
 * <li>An event matches when its sides include every gold side, its status is the gold status, and
 *     its level is the gold level unless the gold level is UNSPECIFIED (or not given).</li>
 * <li>A statement matches when its quote covers at least 80% of the gold quote and its speaker
 *     names the gold speaker (the English name, or the surname in any script or transliteration,
 *     case endings aside: {@link SurnameMatch}); a null gold speaker matches any speaker. Gold with offsets (the strict shape) gives
 *     the quote's span itself; otherwise the gold quote is found in the article's text to compare
 *     spans, and where the text does not hold it verbatim, the quotes are compared as text, spaces
 *     and quote marks ignored.</li>
 * <li>Each gold item matches at most one found item ({@link #pairs}); a found item left unpaired
 *     is a false positive.</li>
 * </ul>
 */
public final class GoldMatch {
    private static final double COVERAGE = 0.8;

    private GoldMatch() {
    }

    public static boolean event(ContactEventRecord event, JsonNode gold) {
        List<String> sides = new ArrayList<>();
        event.actors().forEach(a -> sides.add(a.code()));
        for (String side : GoldArticle.sides(gold)) {
            if (!sides.contains(side)) {
                return false;
            }
        }
        String level = gold.path("level").asText("UNSPECIFIED");
        return gold.path("status").asText().equals(event.status().name())
                && (level.isEmpty() || level.equals("UNSPECIFIED") || level.equals(event.level().name()));
    }

    /** @param text the analyzed text the statement's offsets index */
    public static boolean statement(String text, AttributedStatement statement, JsonNode gold) {
        if (!speaker(statement, gold.path("speaker"))) {
            return false;
        }
        if (!gold.has("quote") && gold.has("start")) {
            int start = gold.path("start").asInt();
            int end = gold.path("end").asInt();
            TextRange found = statement.quote();
            return end > start && Math.min(found.end(), end) - Math.max(found.start(), start) >= COVERAGE * (end - start);
        }
        return quote(text, statement.quote(), gold.path("quote").asText());
    }

    /**
     * The gold quote's words: the {@code quote} it gives, or, in gold that holds offsets only (the
     * corpus's text stays out of the project), the text they slice.
     */
    public static String goldQuote(String text, JsonNode gold) {
        if (gold.has("quote") || !gold.has("start")) {
            return gold.path("quote").asText();
        }
        int start = gold.path("start").asInt();
        int end = gold.path("end").asInt();
        return start >= 0 && end <= text.length() && start < end ? text.substring(start, end) : "";
    }

    static boolean speaker(AttributedStatement statement, JsonNode gold) {
        if (gold.isMissingNode() || gold.isNull()) {
            return true;
        }
        String name = gold.asText();
        String en = statement.speaker().nameEn();
        String ru = statement.speaker().nameRu();
        return name.equals(en) || namesSurname(en, surname(name)) || ru != null && namesSurname(ru, surname(name));
    }

    /** Whether a word of the found name after its first is the gold surname (Thor Halvorssen Mendoza: Halvorssen). */
    private static boolean namesSurname(String found, String goldSurname) {
        if (found == null || found.isBlank()) {
            return false;
        }
        String[] words = found.trim().split("\\s+");
        for (int i = words.length == 1 ? 0 : 1; i < words.length; i++) {
            if (SurnameMatch.same(goldSurname, words[i])) {
                return true;
            }
        }
        return false;
    }

    static boolean quote(String text, TextRange found, String gold) {
        String expected = gold.strip();
        if (expected.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(expected); at >= 0; at = text.indexOf(expected, at + 1)) {
            int covered = Math.min(found.end(), at + expected.length()) - Math.max(found.start(), at);
            if (covered >= COVERAGE * expected.length()) {
                return true;
            }
        }
        if (text.contains(expected)) {
            return false;
        }
        String f = normalize(found.of(text));
        String g = normalize(expected);
        return !g.isEmpty() && (f.contains(g) || g.contains(f) && f.length() >= COVERAGE * g.length());
    }

    /**
     * One-to-one pairs of found items and gold items, as many as possible, the gold items earlier in
     * the list served first (list the required before the acceptable): {@code result[i]} is the
     * index of the gold item paired with found item i, or -1.
     */
    public static <T> int[] pairs(List<T> found, List<JsonNode> gold, BiPredicate<T, JsonNode> matches) {
        int[] goldOf = new int[found.size()];
        Arrays.fill(goldOf, -1);
        for (int g = 0; g < gold.size(); g++) {
            augment(g, found, gold, matches, goldOf, new boolean[found.size()]);
        }
        return goldOf;
    }

    /** Kuhn's augmenting path: pairs gold item g, moving earlier pairs along if need be. */
    private static <T> boolean augment(int g, List<T> found, List<JsonNode> gold, BiPredicate<T, JsonNode> matches,
            int[] goldOf, boolean[] visited) {
        for (int f = 0; f < found.size(); f++) {
            if (!visited[f] && matches.test(found.get(f), gold.get(g))) {
                visited[f] = true;
                if (goldOf[f] < 0 || augment(goldOf[f], found, gold, matches, goldOf, visited)) {
                    goldOf[f] = g;
                    return true;
                }
            }
        }
        return false;
    }

    /** The last word of a name. */
    private static String surname(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String[] words = name.trim().split("\\s+");
        return words[words.length - 1];
    }

    private static String normalize(String text) {
        return text.replaceAll("[\\s\"«»„“”]", "").toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
