package io.wirewatch.extract.events;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.statements.AttributedStatement;
import io.wirewatch.extract.statements.SpeechLexicon;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.kb.EntityKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A contact's sides: those its clause names ({@link NamedSides}), and when that is fewer than two,
 * completed by the sentence's nearest ones, the country of the person a pronoun stands for, and
 * inside a quotation the speaker's country. Reads the clause, its sentence, the article's side
 * mentions and statements; produces the sides, the clause's first.
 */
final class Sides {
    private final NamedSides named;
    private final SideMentions mentions;
    /** The sentence whose sides were worked out last (its first token), and what it names: its clauses ask in turn. */
    private Token lastSentence;
    private NamedSides.Named namedInLastSentence;

    Sides(NamedSides named, SideMentions mentions) {
        this.named = named;
        this.mentions = mentions;
    }

    /** The contact's sides: those the clause names, completed from its sentence and its speaker. */
    List<ContactEventRecord.EventActor> in(NamedSides.Named inClause, List<Token> clause, List<Token> sentence,
            List<AttributedStatement> statements) {
        Map<String, ContactEventRecord.EventActor> own = inClause.sides();
        if (own.size() >= 2) {
            return new ArrayList<>(own.values());
        }
        Map<String, ContactEventRecord.EventActor> sides = new LinkedHashMap<>(own);
        for (ContactEventRecord.EventActor near : nearestFirst(inSentence(sentence).sides(), sentence, clause)) {
            if (sides.size() >= 2) {
                break;
            }
            if (!coordinatedWithOwn(near, own, sentence)) {
                sides.putIfAbsent(near.code(), near);
            }
        }
        if (sides.size() < 2) {
            personBehindPronoun(clause).ifPresent(a -> sides.putIfAbsent(a.code(), a));
        }
        if (sides.size() < 2) {
            TextRange where = clause.get(0).range();
            for (AttributedStatement statement : statements) {
                LinkedEntity speaker = statement.speaker();
                String country = speaker.country() != null ? speaker.country() : mentions.introducedCountry(speaker.id());
                if (statement.quote().contains(where) && country != null) {
                    sides.putIfAbsent(country, new ContactEventRecord.EventActor(country, speaker.id(), "GOV", false));
                }
            }
        }
        return new ArrayList<>(sides.values());
    }

    /**
     * VISIT ROME, BERLIN; Canada and Japan: a side listed next to one the clause names has the same
     * role in the sentence (two destinations, two guests), so it is not the clause's counterpart.
     */
    private boolean coordinatedWithOwn(ContactEventRecord.EventActor near, Map<String, ContactEventRecord.EventActor> own,
            List<Token> sentence) {
        if (own.isEmpty()) {
            return false;
        }
        List<SideMentions.Mention> inSentence = mentions.within(sentence);
        for (int a = 0; a + 1 < inSentence.size(); a++) {
            SideMentions.Mention left = inSentence.get(a);
            SideMentions.Mention right = inSentence.get(a + 1);
            boolean pair = near.code().equals(left.code()) && own.containsKey(right.code())
                    || near.code().equals(right.code()) && own.containsKey(left.code());
            if (pair && onlyJointsBetween(sentence, left.range().end(), right.range().start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyJointsBetween(List<Token> sentence, int from, int to) {
        for (Token token : sentence) {
            if (token.start() >= from && token.end() <= to && !VisitDestinations.isListJoint(token)) {
                return false;
            }
        }
        return true;
    }

    private NamedSides.Named inSentence(List<Token> sentence) {
        if (sentence.get(0) != lastSentence) {
            namedInLastSentence = named.in(sentence);
            lastSentence = sentence.get(0);
        }
        return namedInLastSentence;
    }

    /** он отозвал посла: the pronoun's side is the country of the person last named before it. */
    private Optional<ContactEventRecord.EventActor> personBehindPronoun(List<Token> clause) {
        for (Token token : clause) {
            if (SpeechLexicon.isPronoun(token)) {
                SideMentions.Mention person = null;
                for (SideMentions.Mention mention : mentions.all()) {
                    if (mention.range().end() > token.start()) {
                        break;
                    }
                    if (mention.entity().kind() == EntityKind.PERSON && mention.code() != null && !mention.code().isEmpty()) {
                        person = mention;
                    }
                }
                if (person != null) {
                    return Optional.of(new ContactEventRecord.EventActor(person.code(), person.entity().id(), "GOV", false));
                }
            }
        }
        return Optional.empty();
    }

    /** The sentence's sides, those named nearest the clause first. */
    private List<ContactEventRecord.EventActor> nearestFirst(Map<String, ContactEventRecord.EventActor> sides, List<Token> sentence,
            List<Token> clause) {
        int from = clause.get(0).start();
        int to = clause.get(clause.size() - 1).end();
        ContactEventRecord.EventActor[] nearest = sides.values().toArray(ContactEventRecord.EventActor[]::new);
        int[] distance = new int[nearest.length];
        Arrays.fill(distance, Integer.MAX_VALUE);
        for (SideMentions.Mention mention : mentions.within(sentence)) {
            String id = mention.entity().id();
            for (int a = 0; a < nearest.length; a++) {
                if (id.equals(nearest[a].entityId())) {
                    int d = mention.range().end() <= from ? from - mention.range().end() : Math.max(0, mention.range().start() - to);
                    distance[a] = Math.min(distance[a], d);
                }
            }
        }
        // A stable insertion sort by distance: a sentence names a handful of sides.
        for (int i = 1; i < nearest.length; i++) {
            ContactEventRecord.EventActor actor = nearest[i];
            int d = distance[i];
            int j = i - 1;
            for (; j >= 0 && distance[j] > d; j--) {
                nearest[j + 1] = nearest[j];
                distance[j + 1] = distance[j];
            }
            nearest[j + 1] = actor;
            distance[j + 1] = d;
        }
        return Arrays.asList(nearest);
    }
}
