package io.wirewatch.extract.events;

import io.wirewatch.extract.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the contact a clause reports stands. Reads the clause, the position of its trigger, its
 * sentence and the tokens' flags; produces the status a frame gives (в ходе, по итогам: it took
 * place), else the clause's strongest status cue (negated: NONE; a future verb plans the contact),
 * else a cue in an earlier clause that governs this one; null when nothing says.
 */
final class StatusCues {
    /** в ходе визита, по итогам встречи, during the talks: the frame says the contact took place. */
    private static final List<List<String>> TOOK_PLACE_FRAMES = List.of(List.of("в", "ход"), List.of("по", "итог"),
            List.of("по", "результат"), List.of("во", "время"), List.of("на", "поле"), List.of("during"),
            List.of("on", "the", "sidelines", "of"), List.of("following"));

    private StatusCues() {
    }

    /** The status of the contact the trigger at {@code trigger} of the clause reports, or null. */
    static ContactStatus of(List<Token> clause, int trigger, List<Token> sentence, TokenFlags flags) {
        ContactStatus status = framedAsPast(clause, trigger, flags);
        if (status == ContactStatus.CONFIRMED && !io.wirewatch.extract.morph.TokenKeys.isCyrillic(clause.get(trigger).text())
                && EnglishPlans.plannedBefore(sentence, Clauses.positionOf(sentence, clause.get(trigger)), flags)) {
            status = ContactStatus.PLANNED;
        }
        if (status == null) {
            status = strongestIn(clause, trigger, flags);
        }
        if (status == null) {
            status = cueGoverningClause(sentence, clause.get(0), flags);
        }
        if (status == null) {
            status = cueOpeningNextClause(sentence, clause.get(clause.size() - 1), flags);
        }
        if ((status == null || !status.strongerThan(ContactStatus.SUSPENDED)) && Phases.calledOffIn(clause)) {
            status = ContactStatus.SUSPENDED;
        }
        return status;
    }

    /** The last words of the frames: {@link TokenFlags#FRAME} marks them, so a clause without one is not searched. */
    static Set<String> frameWords() {
        Set<String> words = new HashSet<>();
        TOOK_PLACE_FRAMES.forEach(frame -> words.add(frame.get(frame.size() - 1)));
        return words;
    }

    /**
     * The strongest status cue of the clause; NONE when a negation stands before the trigger or right
     * before a cue (не демонстрируют намерения возобновить диалог; не полетит на саммит).
     */
    private static ContactStatus strongestIn(List<Token> clause, int trigger, TokenFlags flags) {
        ContactStatus strongest = null;
        boolean negated = negatedBefore(clause, trigger, flags);
        int topic = topicStart(clause, trigger, flags);
        for (int i = flags.firstWith(clause, 0, TokenFlags.CUE); i >= 0 && i < topic; i = flags.firstWith(clause, i + 1, TokenFlags.CUE)) {
            ContactStatus status = flags.statusWithTense(clause.get(i));
            if (strongest == null || status.strongerThan(strongest)) {
                strongest = status;
            }
            negated |= negatedAt(clause, i, flags);
        }
        if (negated) {
            return ContactStatus.NONE;
        }
        return strongest == null && EnglishPlans.infinitiveBefore(clause, trigger) ? ContactStatus.PLANNED : strongest;
    }

    /**
     * A negation before the trigger; English "no" negates the noun after it (no further talks; there
     * has been no change since a meeting: the meeting took place), so only up to two words before.
     */
    private static boolean negatedBefore(List<Token> clause, int trigger, TokenFlags flags) {
        if (!flags.anyHas(clause.subList(0, trigger + 1), TokenFlags.NEGATION)) {
            return false;
        }
        for (int i = 0; i <= trigger; i++) {
            if (flags.has(clause.get(i), TokenFlags.NEGATION) && !(clause.get(i).text().equalsIgnoreCase("no") && trigger - i > 2)) {
                return true;
            }
        }
        return false;
    }


    /**
     * в ходе визита, по итогам встреч, during the talks: the contact took place (CONFIRMED), unless a
     * cue stands between frame and trigger (в ходе предстоящего визита: PLANNED). Null without a frame.
     */
    private static ContactStatus framedAsPast(List<Token> clause, int trigger, TokenFlags flags) {
        boolean anyFrameWord = false;
        for (int i = Math.max(0, trigger - 6); i < trigger; i++) {
            anyFrameWord |= flags.has(clause.get(i), TokenFlags.FRAME);
        }
        if (!anyFrameWord) {
            return null;
        }
        for (List<String> frame : TOOK_PLACE_FRAMES) {
            for (int start = Math.max(0, trigger - frame.size() - 2); start + frame.size() <= trigger; start++) {
                if (startsWith(clause, start, frame)) {
                    ContactStatus between = null;
                    for (int i = start + frame.size(); i < trigger; i++) {
                        between = between != null ? between : flags.statusWithTense(clause.get(i));
                    }
                    return between != null ? between : ContactStatus.CONFIRMED;
                }
            }
        }
        return null;
    }

    private static boolean startsWith(List<Token> tokens, int at, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!tokens.get(at + i).keys().contains(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A cue in an earlier clause of the sentence that governs this one (будет терпеливо, но настойчиво
     * вести переговоры): the nearest cue before the clause, looking back no further than a word that
     * opens a subordinate clause (что, that) or another trigger.
     */
    private static ContactStatus cueGoverningClause(List<Token> sentence, Token clauseStart, TokenFlags flags) {
        if (flags.has(clauseStart, TokenFlags.SUBORDINATOR)) {
            return null;
        }
        for (int i = Clauses.positionOf(sentence, clauseStart) - 1; i >= 0; i--) {
            Token token = sentence.get(i);
            ContactStatus status = flags.statusWithTense(token);
            if (status != null) {
                return negatedAt(sentence, i, flags) ? ContactStatus.NONE : status;
            }
            if (flags.trigger(token) != null || flags.has(token, TokenFlags.SUBORDINATOR)) {
                return null;
            }
        }
        return null;
    }

    /**
     * talks between Reagan and Nakasone, scheduled for Thursday; переговоры, запланированные на май:
     * a clause without a trigger of its own that opens with a cue says where the contact stands.
     */
    private static ContactStatus cueOpeningNextClause(List<Token> sentence, Token clauseEnd, TokenFlags flags) {
        int next = Clauses.positionOf(sentence, clauseEnd) + 2;
        if (next >= sentence.size() || !",".equals(sentence.get(next - 1).text())) {
            return null;
        }
        ContactStatus status = flags.statusWithTense(sentence.get(next));
        if (status == null) {
            return null;
        }
        for (int i = next; i < sentence.size() && !",".equals(sentence.get(i).text()); i++) {
            if (flags.trigger(sentence.get(i)) != null) {
                return null;
            }
        }
        return status;
    }

    /** Where the contact's topic begins (переговоры о возможном обогащении): cues there are about the topic. */
    private static int topicStart(List<Token> clause, int trigger, TokenFlags flags) {
        int topic = flags.firstWith(clause, trigger + 1, TokenFlags.TOPIC);
        return topic < 0 ? clause.size() : topic;
    }

    /** A negation among the three words before position i, with no other cue between (не демонстрируют намерения). */
    private static boolean negatedAt(List<Token> clause, int i, TokenFlags flags) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (flags.has(clause.get(j), TokenFlags.NEGATION)) {
                return true;
            }
        }
        return false;
    }
}
