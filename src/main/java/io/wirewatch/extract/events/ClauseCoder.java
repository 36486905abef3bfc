package io.wirewatch.extract.events;

import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.statements.AttributedStatement;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.kb.KnowledgeBase;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Codes one article's clauses into contact events, clause after clause in text order. Reads a
 * clause holding a trigger and its sentence, with what the article gives once (its tokens in text
 * order and their flags, its side mentions, its statements); produces an event from the trigger's
 * meaning, the status ({@link StatusCues}), the sides ({@link Sides}), the level
 * ({@link ContactLevels}) and the month ({@link EventDates}), or evidence for an event reported
 * before; the events join in an {@link EventMerger}.
 */
final class ClauseCoder {
    /** Triggers that report a contact by themselves (визит, встреча, переговоры): CONFIRMED without a cue. */
    private static final Set<ContactType> REPORTED_BY_ITSELF = EnumSet.of(ContactType.MEET, ContactType.VISIT,
            ContactType.NEGOTIATE, ContactType.TELEPHONE, ContactType.REDUCE_RELATIONS);

    private final EventLexicon lexicon = EventLexicon.get();
    private final Article article;
    private final TokenFlags flags;
    private final NamedSides namedSides;
    private final Sides sides;
    private final NonContacts nonContacts;
    private final ContactLevels levels;
    private final List<AttributedStatement> statements;
    private final SideMentions mentions;
    private final EventMerger events = new EventMerger();

    /** @param tokens the article's tokens in text order, which {@code flags} describe */
    ClauseCoder(KnowledgeBase kb, Article article, List<Token> tokens, TokenFlags flags, SideMentions mentions,
            List<AttributedStatement> statements) {
        this.article = article;
        this.flags = flags;
        this.namedSides = new NamedSides(kb, mentions, flags);
        this.sides = new Sides(namedSides, mentions);
        this.nonContacts = new NonContacts(flags, mentions);
        this.levels = new ContactLevels(lexicon, tokens, flags, mentions);
        this.statements = statements;
        this.mentions = mentions;
    }

    /**
     * Codes a clause of the sentence (both runs of the article's tokens) from its first trigger; a
     * later trigger of the other kind (a visit after talks, talks after a visit: met for talks during
     * a four-day visit) reports a second contact and is coded too, unless the first is no contact
     * (a meeting with a private person they arrive for).
     */
    void code(List<Token> clause, List<Token> sentence) {
        int trigger = flags.firstTriggerIn(clause);
        if (trigger < 0) {
            return;
        }
        code(clause, sentence, trigger);
        if (nonContacts.notAContact(clause, sentence, trigger, lexicon.triggers.get(flags.trigger(clause.get(trigger))))) {
            return;
        }
        boolean visit = isVisit(clause.get(trigger));
        for (int i = trigger + 1; i < clause.size(); i++) {
            String word = flags.trigger(clause.get(i));
            if (word != null && isVisit(clause.get(i)) != visit) {
                code(clause, sentence, i);
                return;
            }
        }
    }

    private boolean isVisit(Token token) {
        return lexicon.triggers.get(flags.trigger(token)).type() == ContactType.VISIT;
    }

    private void code(List<Token> clause, List<Token> sentence, int trigger) {
        TextRange evidence = new TextRange(sentence.get(0).start(), sentence.get(sentence.size() - 1).end());
        if (trigger > 0 && flags.has(clause.get(trigger - 1), TokenFlags.DEMONSTRATIVE)) {
            events.addEvidenceToLast(evidence);
            return;
        }
        EventLexicon.Trigger meaning = lexicon.triggers.get(flags.trigger(clause.get(trigger)));
        if (nonContacts.notAContact(clause, sentence, trigger, meaning)) {
            return;
        }
        ContactStatus status = RussianTriggerVerbs.withOwnTense(StatusCues.of(clause, trigger, sentence, flags), clause, trigger, flags);
        if (status == null && !REPORTED_BY_ITSELF.contains(meaning.type())) {
            return;
        }
        NamedSides.Named named = namedSides.in(clause);
        if (status == null) {
            if (named.sides().isEmpty() && events.addEvidenceToLastOfType(meaning.type(), evidence)) {
                return;
            }
            status = EventDates.monthAheadInEnglish(clause, article.published(), flags) ? ContactStatus.PLANNED
                    : ContactStatus.CONFIRMED;
        }
        List<ContactEventRecord.EventActor> actors = sides.in(named, clause, sentence, statements);
        if (meaning.type() == ContactType.VISIT) {
            List<String> destinations = VisitDestinations.listedDestinations(clause, trigger, mentions);
            if (!destinations.isEmpty()) {
                codeTrip(destinations, Clauses.positionOf(sentence, clause.get(trigger)), sentence, meaning, status, evidence);
                return;
            }
        }
        if (actors.size() == 1 && meaning.type() != ContactType.CONSULT) {
            actors = events.sidesOfEarlier(meaning.type(), actors.get(0));
        }
        if (twoSidesAtLeast(actors) || organisationMeeting(meaning.type(), actors)) {
            String date = EventDates.monthIn(sentence, article.published(), flags, status, clause.get(trigger).start());
            Token halt = status.strongerThan(ContactStatus.SUSPENDED) ? null : RussianHalts.haltAfter(clause, sentence, flags);
            status = halt != null ? ContactStatus.SUSPENDED : status;
            String cameo = status == ContactStatus.PLANNED ? "036" : meaning.cameo();
            ContactLevel level = levels.of(clause, named.partiesStart(), trigger, actors);
            ContactStatus before = halt != null ? Phases.beforeHalt(List.of(halt))
                    : status == ContactStatus.SUSPENDED ? Phases.beforeHalt(clause) : null;
            if (before != null) {
                String earlier = before == ContactStatus.PLANNED ? "036" : meaning.cameo();
                events.add(new ContactEventRecord(meaning.type(), earlier, meaning.mode(), actors, before, level,
                        date, List.of(evidence), 0.6, Goldstein.of(earlier)));
            }
            events.add(new ContactEventRecord(meaning.type(), cameo, meaning.mode(), actors, status, level,
                    date, List.of(evidence), 0.6, Goldstein.of(cameo)));
        }
    }

    /**
     * A trip to several places (visit Canada and Japan): one visit per place, by the visitor named
     * before the trigger; without a visitor, no event (the places are not each other's counterparts).
     */
    private void codeTrip(List<String> destinations, int trigger, List<Token> sentence, EventLexicon.Trigger meaning,
            ContactStatus status, TextRange evidence) {
        String visitor = VisitDestinations.visitorBefore(sentence, trigger, mentions, destinations);
        if (visitor == null) {
            return;
        }
        ContactEventRecord.EventActor from = actorFor(visitor, sentence);
        String cameo = status == ContactStatus.PLANNED ? "036" : meaning.cameo();
        String date = EventDates.monthIn(sentence, article.published(), flags, status, sentence.get(trigger).start());
        for (String destination : destinations) {
            List<ContactEventRecord.EventActor> pair = List.of(from, actorFor(destination, sentence));
            ContactLevel level = levels.of(sentence, 0, trigger, pair);
            events.add(new ContactEventRecord(meaning.type(), cameo, meaning.mode(), pair, status, level, date,
                    List.of(evidence), 0.6, Goldstein.of(cameo)));
        }
    }

    /** The side with the code as the sentence first names it. */
    private ContactEventRecord.EventActor actorFor(String code, List<Token> sentence) {
        ContactEventRecord.EventActor actor = namedSides.in(sentence).sides().get(code);
        return actor != null ? actor : new ContactEventRecord.EventActor(code, null, "GOV", false);
    }

    /** The events coded so far, joined. */
    List<ContactEventRecord> events() {
        return RussianRefusals.settle(events.events(), article.text());
    }

    /**
     * The members of an international organisation meeting as its body (the ICO council met, an EC
     * summit): one event with the organisation as its side, which ANNOTATION.md codes as a contact.
     */
    private boolean organisationMeeting(ContactType type, List<ContactEventRecord.EventActor> actors) {
        if (actors.size() != 1 || (type != ContactType.MEET && type != ContactType.NEGOTIATE)) {
            return false;
        }
        io.wirewatch.extract.link.LinkedEntity entity = mentions.entityOf(actors.get(0));
        return entity != null && entity.kind() == io.wirewatch.kb.EntityKind.ORGANIZATION && entity.country() == null;
    }

    private static boolean twoSidesAtLeast(List<ContactEventRecord.EventActor> actors) {
        for (ContactEventRecord.EventActor actor : actors) {
            if (!actor.code().equals(actors.get(0).code())) {
                return true;
            }
        }
        return false;
    }
}
