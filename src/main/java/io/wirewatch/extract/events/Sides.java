package io.wirewatch.extract.events;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.link.MentionIndex;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.statements.AttributedStatement;
import io.wirewatch.extract.statements.SpeechLexicon;
import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sides an event's clause names: countries, organisations, places (for their country) and
 * people (for theirs), plus "European capitals/countries/colleagues" for the EU; a name after
 * "за исключением"/"кроме" is left out. When the clause names fewer than two sides the sentence's
 * are used, and inside a quotation the speaker's country is a side. The article's mentions are
 * indexed once (sorted by offset, each with its side code) so a clause looks at its own only.
 */
final class Sides {
    private static final Set<String> EUROPEAN_GROUPS = Set.of("столица", "страна", "коллега", "партнер", "лидер", "государство");
    static final Set<String> PARTNER_PREPOSITIONS = Set.of("с", "со", "with");

    /** A mention of a possible side; code null when it stands for none (a region without a country). */
    private record Mention(TextRange range, LinkedEntity entity, String code) {
    }

    /** The side mentions in text order, and their start offsets. */
    private final List<Mention> mentions = new ArrayList<>();
    private final int[] starts;
    /**
     * What a clause names ({@link #named}): its sides by code in text order (unmodifiable), and where
     * the contact's parties begin in it: after the first cue when a side named before it is named
     * again after it (its speaker, then the side itself), else at 0. Level phrases before that point
     * describe the speaker, not the contact.
     */
    record Named(Map<String, ContactEventRecord.EventActor> sides, int partiesStart) {
    }

    /** The sentence whose sides were worked out last (its first token), and what it names: its clauses ask in turn. */
    private Token lastSentence;
    private Named namedInLastSentence;
    private final String europeanUnion;
    private final TokenFlags flags;

    Sides(KnowledgeBase kb, List<LinkedEntity> entities, MentionIndex index, TokenFlags flags) {
        this.flags = flags;
        Map<String, String> codes = new HashMap<>();
        for (LinkedEntity entity : entities) {
            if (EventExtractor.isSide(entity.kind())) {
                codes.put(entity.id(), EventExtractor.codeOf(kb.entity(entity.id()).orElse(null), entity));
            }
        }
        for (int i = 0; i < index.size(); i++) {
            LinkedEntity entity = index.entity(i);
            if (EventExtractor.isSide(entity.kind())) {
                mentions.add(new Mention(index.range(i), entity, codes.get(entity.id())));
            }
        }
        starts = new int[mentions.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = mentions.get(i).range().start();
        }
        europeanUnion = kb.entity("Q458").map(e -> e.id()).orElse(null);
    }

    /** The contact's sides: those the clause names ({@link #named}), completed from its sentence and its speaker. */
    List<ContactEventRecord.EventActor> in(Named named, List<Token> clause, List<Token> sentence, List<AttributedStatement> statements) {
        Map<String, ContactEventRecord.EventActor> own = named.sides();
        if (own.size() >= 2) {
            return new ArrayList<>(own.values());
        }
        Map<String, ContactEventRecord.EventActor> sides = new LinkedHashMap<>(own);
        for (ContactEventRecord.EventActor near : nearestFirst(inSentence(sentence).sides(), sentence, clause)) {
            if (sides.size() >= 2) {
                break;
            }
            sides.putIfAbsent(near.code(), near);
        }
        if (sides.size() < 2) {
            personBehindPronoun(clause).ifPresent(a -> sides.putIfAbsent(a.code(), a));
        }
        if (sides.size() < 2) {
            TextRange where = clause.get(0).range();
            for (AttributedStatement statement : statements) {
                LinkedEntity speaker = statement.speaker();
                if (statement.quote().contains(where) && speaker.country() != null) {
                    sides.putIfAbsent(speaker.country(), new ContactEventRecord.EventActor(speaker.country(), speaker.id(), "GOV", false));
                }
            }
        }
        return new ArrayList<>(sides.values());
    }

    private Named inSentence(List<Token> sentence) {
        if (sentence.get(0) != lastSentence) {
            namedInLastSentence = named(sentence);
            lastSentence = sentence.get(0);
        }
        return namedInLastSentence;
    }

    /**
     * The side a mention starting at one of the tokens stands for: its code, "" for a name that stands
     * for no side (a region without a country), null when no name starts there.
     */
    String sideNamedAt(List<Token> tokens, int from, int to) {
        for (int i = from; i < Math.min(to, tokens.size()); i++) {
            Mention mention = startingAt(tokens.get(i).start());
            if (mention != null) {
                return mention.code() == null ? "" : mention.code();
            }
        }
        return null;
    }

    /**
     * встреча с Виктором, a meeting with John Smith: the partner right after the trigger is a person
     * named without a title, known to hold no public role; not a diplomatic contact.
     */
    boolean withPrivatePerson(List<Token> clause, int trigger) {
        if (trigger + 2 >= clause.size() || !flags.has(clause.get(trigger + 1), TokenFlags.PARTNER)) {
            return false;
        }
        Mention partner = startingAt(clause.get(trigger + 2).start());
        if (partner == null) {
            return false;
        }
        LinkedEntity entity = partner.entity();
        return entity.kind() == EntityKind.PERSON && entity.role() == null && entity.country() == null;
    }

    /**
     * The sides named in the tokens, first mention per code; a speaker for a side (глава МИД РФ
     * подтвердил готовность Москвы …) gives way to the side's own name after the cue, where the
     * contact's parties then begin.
     */
    Named named(List<Token> tokens) {
        Map<String, ContactEventRecord.EventActor> sides = new LinkedHashMap<>();
        collectMentions(tokens, sides);
        int cue = firstCue(tokens);
        if (cue < 0) {
            return new Named(java.util.Collections.unmodifiableMap(sides), 0);
        }
        Map<String, ContactEventRecord.EventActor> again = namedAgainAfter(tokens, sides, tokens.get(cue).start());
        sides.putAll(again);
        return new Named(java.util.Collections.unmodifiableMap(sides), again.isEmpty() ? 0 : cue);
    }

    private int firstCue(List<Token> tokens) {
        return flags.firstWith(tokens, 0, TokenFlags.STATUS);
    }

    /** Sides first named before the cue and named again, by a place, country or body, after it: that later name. */
    private Map<String, ContactEventRecord.EventActor> namedAgainAfter(List<Token> tokens,
            Map<String, ContactEventRecord.EventActor> sides, int cue) {
        List<Mention> inSpan = within(tokens);
        TextRange span = new TextRange(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        Map<String, ContactEventRecord.EventActor> again = new LinkedHashMap<>();
        for (Mention mention : inSpan) {
            LinkedEntity entity = mention.entity();
            if (mention.range().start() < cue || mention.range().end() > span.end() || entity.kind() == EntityKind.PERSON) {
                continue;
            }
            ContactEventRecord.EventActor known = mention.code() == null ? null : sides.get(mention.code());
            if (known != null && !known.entityId().equals(entity.id()) && namedBefore(known, inSpan, cue)) {
                again.putIfAbsent(mention.code(), actor(mention));
            }
        }
        return again;
    }

    private static boolean namedBefore(ContactEventRecord.EventActor actor, List<Mention> inSpan, int cue) {
        for (Mention mention : inSpan) {
            if (mention.entity().id().equals(actor.entityId())) {
                return mention.range().end() <= cue;
            }
        }
        return false;
    }

    private void collectMentions(List<Token> tokens, Map<String, ContactEventRecord.EventActor> sides) {
        boolean anyExclusion = flags.anyHas(tokens, TokenFlags.EXCLUSION);
        int end = tokens.get(tokens.size() - 1).end();
        List<Mention> inSpan = within(tokens);
        for (int i = 0; i < inSpan.size(); i++) {
            Mention mention = inSpan.get(i);
            if (mention.code() != null && mention.range().end() <= end && !(anyExclusion && excluded(tokens, mention.range()))
                    && !sides.containsKey(mention.code())) {
                sides.put(mention.code(), actor(mention));
            }
        }
        if (europeanUnion == null || !flags.anyHas(tokens, TokenFlags.EUROPEAN)) {
            return;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (flags.has(tokens.get(i), TokenFlags.EUROPEAN) && tokens.get(i + 1).keys().anyIn(EUROPEAN_GROUPS)) {
                sides.putIfAbsent("EU", new ContactEventRecord.EventActor("EU", europeanUnion, "GOV", false));
            }
        }
    }

    /** The mentions starting inside the tokens' span, in text order (a view: callers check they end inside). */
    private List<Mention> within(List<Token> tokens) {
        int from = firstStartingAt(tokens.get(0).start());
        int to = firstStartingAt(tokens.get(tokens.size() - 1).end());
        return mentions.subList(from, to);
    }

    /** The first mention starting at the offset, or null. */
    private Mention startingAt(int offset) {
        int at = firstStartingAt(offset);
        return at < mentions.size() && mentions.get(at).range().start() == offset ? mentions.get(at) : null;
    }

    private int firstStartingAt(int offset) {
        return io.wirewatch.extract.text.TokenSpans.firstFrom(starts, starts.length, offset);
    }

    private static ContactEventRecord.EventActor actor(Mention mention) {
        return new ContactEventRecord.EventActor(mention.code(), mention.entity().id(), sector(mention.entity()), false);
    }

    /** он отозвал посла: the pronoun's side is the country of the person last named before it. */
    private Optional<ContactEventRecord.EventActor> personBehindPronoun(List<Token> clause) {
        for (Token token : clause) {
            if (SpeechLexicon.isPronoun(token)) {
                LinkedEntity person = null;
                for (Mention mention : mentions) {
                    if (mention.range().end() > token.start()) {
                        break;
                    }
                    if (mention.entity().kind() == EntityKind.PERSON && mention.entity().country() != null) {
                        person = mention.entity();
                    }
                }
                if (person != null) {
                    return Optional.of(new ContactEventRecord.EventActor(person.country(), person.id(), "GOV", false));
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
        for (Mention mention : within(sentence)) {
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

    /** The level the sides' people give a contact: heads of state or government, or foreign ministers. */
    ContactLevel levelOfPeople(List<ContactEventRecord.EventActor> actors) {
        ContactLevel level = ContactLevel.UNSPECIFIED;
        for (ContactEventRecord.EventActor actor : actors) {
            LinkedEntity entity = entityOf(actor);
            if (entity != null && entity.role() != null) {
                String code = entity.role().code();
                if (code.equals("HEAD_OF_STATE") || code.equals("HEAD_OF_GOVERNMENT")) {
                    return ContactLevel.HEAD_OF_STATE;
                }
                if (code.equals("FOREIGN_MINISTER")) {
                    level = ContactLevel.MINISTERIAL;
                }
            }
        }
        return level;
    }

    private LinkedEntity entityOf(ContactEventRecord.EventActor actor) {
        for (Mention mention : mentions) {
            if (mention.entity().id().equals(actor.entityId())) {
                return mention.entity();
            }
        }
        return null;
    }

    private boolean excluded(List<Token> tokens, TextRange mention) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == mention.start()) {
                for (int j = Math.max(0, i - 3); j < i; j++) {
                    if (flags.has(tokens.get(j), TokenFlags.EXCLUSION)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String sector(LinkedEntity entity) {
        return entity.kind() == EntityKind.ORGANIZATION || entity.role() != null ? "GOV" : null;
    }
}
