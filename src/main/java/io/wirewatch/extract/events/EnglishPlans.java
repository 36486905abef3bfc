package io.wirewatch.extract.events;

import io.wirewatch.extract.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The plans wire English states with "to" and the future (SHULTZ TO MEET SHEVARDNADZE, to attend
 * the Venice summit, REAGAN TO VISIT ROME … DURING SUMMIT TRIP). Reads a clause or sentence, the
 * trigger's position and the tokens' flags; says whether the contact is planned. Used by
 * {@link StatusCues}.
 */
final class EnglishPlans {
    /** English verbs of contact after "to" (to meet, to visit). */
    private static final Set<String> CONTACT_VERBS = Set.of("meet", "visit", "negotiate", "confer", "telephone", "phone", "call");
    /** English verbs that open talks after "to" (to hold talks, to begin negotiations). */
    private static final Set<String> OPENING_VERBS = Set.of("hold", "begin", "start", "open", "have", "attend", "host");
    /** English verbs of going after "to", anywhere before the trigger (SHULTZ TO HEAD FOR MOSCOW TALKS, to fly to Paris for talks). */
    private static final Set<String> TRAVEL_VERBS = Set.of("head", "go", "travel", "fly", "leave", "return");

    private EnglishPlans() {
    }

    /**
     * SHULTZ TO MEET SHEVARDNADZE, agreed to hold talks: "to" right before a verb of contact, or
     * before a verb that opens talks up to four words before the trigger (to attend the Venice
     * summit), or before a verb of going anywhere before the trigger (SHULTZ TO HEAD FOR MOSCOW
     * TALKS), plans the contact when nothing else says where it stands ("open to
     * dialogue" is a preposition and plans nothing).
     */
    static boolean infinitiveBefore(List<Token> clause, int trigger) {
        String word = clause.get(trigger).text().toLowerCase(java.util.Locale.ROOT);
        if (trigger >= 1 && CONTACT_VERBS.contains(word) && isTo(clause.get(trigger - 1))) {
            return true;
        }
        for (int i = Math.max(1, trigger - 4); i < trigger; i++) {
            if (isTo(clause.get(i - 1)) && OPENING_VERBS.contains(clause.get(i).text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        for (int i = 0; i + 1 < trigger; i++) {
            if (isTo(clause.get(i)) && TRAVEL_VERBS.contains(clause.get(i + 1).text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reagan will meet Kohl during the summit, REAGAN TO VISIT ROME, BERLIN DURING SUMMIT TRIP: a
     * plan (a future cue, or "to" before a verb of contact or going) earlier in the sentence makes
     * the framing contact a plan too. English: a Russian frame keeps its tense (должен был … в ходе встречи).
     */
    static boolean plannedBefore(List<Token> sentence, int trigger, TokenFlags flags) {
        for (int i = 0; i < trigger; i++) {
            if (flags.statusWithTense(sentence.get(i)) == ContactStatus.PLANNED) {
                return true;
            }
            String next = i + 1 < trigger ? sentence.get(i + 1).text().toLowerCase(java.util.Locale.ROOT) : "";
            if (isTo(sentence.get(i)) && (CONTACT_VERBS.contains(next) || TRAVEL_VERBS.contains(next))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTo(Token token) {
        return token.text().equalsIgnoreCase("to");
    }
}
