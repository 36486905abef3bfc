package io.wirewatch.extract.events;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.text.Token;
import io.wirewatch.kb.EntityKind;
import java.util.List;
import java.util.Set;

/**
 * Triggers that report no diplomatic contact. Reads the clause, the position of its trigger and
 * what the trigger means, the sentence, the tokens' flags and the article's side mentions; says
 * no for a meeting with journalists or with a private person, a trigger inside a title (глава
 * делегации на переговорах), talks as a means (путем переговоров), a speech to a meeting (told the
 * meeting), a visit to an unnamed place or within the visitor's own country ({@link VisitDestinations}).
 */
final class NonContacts {
    /** Prepositions introducing a partner (встреча с …, meeting with …). */
    static final Set<String> PARTNER_PREPOSITIONS = Set.of("с", "со", "with");
    /** глава делегации на переговорах, chief negotiator: a trigger inside a person's title reports nothing. */
    private static final Set<String> DELEGATION_HEADS = Set.of("глава", "руководитель", "член", "head", "member", "chief");

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Verbs whose object a trigger (meeting, summit) is when someone speaks to it. */
    private static final Set<String> SPEECH_TO = Set.of("told", "tell", "tells", "addressed", "address", "addresses", "addressing");
    private final TokenFlags flags;
    private final SideMentions mentions;

    NonContacts(TokenFlags flags, SideMentions mentions) {
        this.flags = flags;
        this.mentions = mentions;
    }

    /** Whether the trigger at {@code trigger} of the clause reports no diplomatic contact. */
    boolean notAContact(List<Token> clause, List<Token> sentence, int trigger, EventLexicon.Trigger meaning) {
        return withNonDiplomaticPartner(clause, trigger) || inDelegationTitle(clause, trigger)
                || trigger > 0 && flags.has(clause.get(trigger - 1), TokenFlags.MEANS)
                || withPrivatePerson(clause, trigger) || speechTo(clause, trigger)
                || meaning.type() == ContactType.VISIT
                        && VisitDestinations.tripAtHome(sentence, Clauses.positionOf(sentence, clause.get(trigger)), mentions);
    }

    /** встреча с журналистами, talks with reporters, negotiations with creditor banks, a meeting with a family: not a diplomatic contact. */
    private boolean withNonDiplomaticPartner(List<Token> clause, int trigger) {
        for (int i = trigger + 1; i < Math.min(clause.size(), trigger + 7); i++) {
            if (flags.has(clause.get(i), TokenFlags.PRESS)) {
                return true;
            }
        }
        return false;
    }

    /** she told a meeting of businessmen, addressed the summit: a speech to a gathering, not a contact. */
    private static boolean speechTo(List<Token> clause, int trigger) {
        int verb = trigger - 1;
        if (verb > 0 && clause.get(verb).keys().anyIn(ARTICLES)) {
            verb--;
        }
        return verb >= 0 && verb < trigger && clause.get(verb).keys().anyIn(SPEECH_TO);
    }

    /** глава палестинской делегации на переговорах: the trigger names the person's role. */
    private static boolean inDelegationTitle(List<Token> clause, int trigger) {
        if (trigger < 2 || !clause.get(trigger - 1).keys().contains("на") || !clause.get(trigger - 2).keys().contains("делегация")) {
            return false;
        }
        for (int i = Math.max(0, trigger - 5); i < trigger - 2; i++) {
            if (clause.get(i).keys().anyIn(DELEGATION_HEADS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * встреча с Виктором, a meeting with John Smith: the partner right after the trigger is a person
     * named without a title, known to hold no public role; not a diplomatic contact.
     */
    private boolean withPrivatePerson(List<Token> clause, int trigger) {
        if (trigger + 2 >= clause.size() || !flags.has(clause.get(trigger + 1), TokenFlags.PARTNER)) {
            return false;
        }
        SideMentions.Mention partner = mentions.startingAt(clause.get(trigger + 2).start());
        if (partner == null) {
            return false;
        }
        LinkedEntity entity = partner.entity();
        return entity.kind() == EntityKind.PERSON && entity.role() == null && partner.code() == null;
    }
}
