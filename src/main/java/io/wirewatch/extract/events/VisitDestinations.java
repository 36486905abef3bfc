package io.wirewatch.extract.events;

import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Where a visit goes, to tell a diplomatic visit from a trip at home: визит на острова (a common
 * noun, no name), визит российского министра, посетившего Курильские острова (a place of the
 * visitor's own country). The destination is the first name or noun after в/на/to, or after a
 * visiting verb (посетить, visited), within a few words of the trigger, past adjectives and articles
 * (столицу X, the capital of X: X); the visitor is the side named between trigger and destination
 * (визит российского министра), else the nearest before it.
 */
final class VisitDestinations {
    private static final Set<String> TO = Set.of("в", "во", "на", "to");
    private static final Set<String> VISITING_VERBS = Set.of("посетить", "посещать", "visited", "visiting", "visits");
    private static final Set<String> LIST_WORDS = Set.of("and", "и", "the");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** столицу Японии, the capital of France: the country named next is the destination. */
    private static final Set<String> CAPITAL_WORDS = Set.of("столица", "capital");
    /** How far after the trigger the destination may stand (визита российского министра обороны, посетившего …). */
    private static final int REACH = 8;
    /** How many words a destination phrase may take before its name (южные Курильские острова). */
    private static final int PHRASE = 3;

    private VisitDestinations() {
    }

    /** Whether the visit at sentence position {@code trigger} goes to an unnamed place or to the visitor's own country. */
    static boolean tripAtHome(List<Token> sentence, int trigger, SideMentions sides) {
        boolean verb = isVisitingVerb(sentence.get(trigger));
        for (int i = trigger + 1; i < Math.min(sentence.size(), trigger + REACH); i++) {
            Token token = sentence.get(i);
            boolean opens = token.keys().anyIn(TO) || isVisitingVerb(token);
            if (!opens && !(verb && i == trigger + 1)) {
                continue;
            }
            int from = opens ? i + 1 : i;
            if (from >= sentence.size() || !sentence.get(from).isWord()) {
                return false;
            }
            while (from + 1 < sentence.size() && from < i + 1 + PHRASE && isModifier(sentence.get(from))) {
                from++;
            }
            if (sentence.get(from).keys().anyIn(CAPITAL_WORDS) && from + 1 < sentence.size()) {
                from++;
                if (sentence.get(from).keys().contains("of") && from + 1 < sentence.size()) {
                    from++;
                }
            }
            String destination = sides.sideNamedAt(sentence, from, from + 1);
            if (destination == null) {
                return !sentence.get(from).isCapitalized();
            }
            String visitor = sides.sideNamedAt(sentence, trigger + 1, i);
            if (visitor == null) {
                visitor = nearestBefore(sentence, trigger, sides);
            }
            return destination.isEmpty() || destination.equals(visitor);
        }
        return false;
    }

    /**
     * The places a visit goes to when the clause lists several right after its trigger (visit Canada
     * and Japan, посетить Францию и Германию): their codes in order; fewer than two: an empty list.
     * Places listed so are each the visitor's host, never each other's counterparts.
     */
    static List<String> listedDestinations(List<Token> clause, int trigger, SideMentions sides) {
        int i = trigger + 1;
        if (i < clause.size() && clause.get(i).keys().anyIn(TO)) {
            i++;
        }
        List<String> codes = new java.util.ArrayList<>();
        boolean joined = true;
        while (i < clause.size()) {
            Token token = clause.get(i);
            SideMentions.Mention mention = sides.startingAt(token.start());
            if (mention != null && mention.code() != null) {
                if (!joined) {
                    break;
                }
                joined = false;
                if (!codes.contains(mention.code())) {
                    codes.add(mention.code());
                }
                while (i + 1 < clause.size() && clause.get(i + 1).start() < mention.range().end()) {
                    i++;
                }
            } else if (isListJoint(token)) {
                joined = true;
            } else {
                break;
            }
            i++;
        }
        return codes.size() >= 2 ? codes : List.of();
    }

    /** The side named nearest before the sentence position {@code trigger} other than the given ones, or null. */
    static String visitorBefore(List<Token> sentence, int trigger, SideMentions sides, List<String> destinations) {
        for (int i = trigger - 1; i >= 0; i--) {
            String side = sides.sideNamedAt(sentence, i, i + 1);
            if (side != null && !side.isEmpty() && !destinations.contains(side)) {
                return side;
            }
        }
        return null;
    }

    /** What joins the names of a list: commas, "and", "и", articles. */
    static boolean isListJoint(Token token) {
        return token.text().equals(",") || token.keys().anyIn(LIST_WORDS);
    }

    private static String nearestBefore(List<Token> sentence, int trigger, SideMentions sides) {
        for (int i = trigger - 1; i >= 0; i--) {
            String side = sides.sideNamedAt(sentence, i, i + 1);
            if (side != null && !side.isEmpty()) {
                return side;
            }
        }
        return null;
    }

    /** An adjective or article before the destination's noun (южные Курильские острова, the Kremlin). */
    private static boolean isModifier(Token token) {
        if (token.keys().anyIn(ARTICLES)) {
            return true;
        }
        return RussianMorphology.get().readings(token.text()).stream().anyMatch(r -> r.tag().startsWith("ADJ"))
                && !token.isCapitalized();
    }

    private static boolean isVisitingVerb(Token token) {
        return token.keys().anyIn(VISITING_VERBS);
    }
}
