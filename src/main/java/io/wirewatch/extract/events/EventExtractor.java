package io.wirewatch.extract.events;

import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.link.Gazetteer;
import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.link.MentionIndex;
import io.wirewatch.extract.text.Sentence;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.TokenSpans;
import io.wirewatch.extract.statements.AttributedStatement;
import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.KbEntity;
import io.wirewatch.kb.KnowledgeBase;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Codes diplomatic contacts sentence by sentence, in the manner of PETRARCH's dictionaries: a
 * clause (between commas, colons, semicolons, dashes) holding a contact trigger (контакты,
 * диалог, talks) and a status cue (возобновить, планировать, could; negated → NONE; a visit,
 * meeting or talks without a cue took place: CONFIRMED) reports an event. Its level comes from the
 * level phrase nearest the trigger (на техническом уровне, с президентом) or from its sides' roles;
 * its sides from the clause's countries, organisations, places and people, completed by the
 * sentence's nearest ones when the clause names fewer than two, and by the speaker's country inside
 * a quotation. Meetings with journalists are not contacts; cues inside the topic (переговоры о
 * возможном …) do not count; a trigger after a demonstrative (этого контакта) adds evidence to the
 * previous event. Events with the same sides, status and level are one event with its evidence.
 * Tense counts (a future verb plans the contact), and so does a frame (в ходе, по итогам: it took
 * place) or a cue in an earlier clause of the sentence; talks named again without sides are the
 * talks reported before, and a meeting naming one side takes the other sides of the earlier one.
 */
public final class EventExtractor {
    private static final Set<String> NEGATIONS = Set.of("не", "нет", "not", "no", "never");
    private static final Set<String> DEMONSTRATIVES = Set.of("этот", "такой", "this", "these", "that", "such");
    private static final Set<String> PRESS = Set.of("журналист", "пресса", "студент", "избиратель", "reporters",
            "journalists", "press", "students", "voters");
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("о", "об", "обо", "about", "over");
    private static final Set<String> EXCLUSIONS = Set.of("исключение", "кроме", "except", "excluding");
    /** Words that open a subordinate clause: a cue before them does not govern a trigger after them. */
    private static final Set<String> SUBORDINATORS = Set.of("что", "чтобы", "который", "если", "когда", "поскольку", "потому",
            "хотя", "that", "which", "who", "because", "if", "when", "although");
    /** в ходе визита, по итогам встречи, during the talks: the frame says the contact took place. */
    private static final List<List<String>> TOOK_PLACE_FRAMES = List.of(List.of("в", "ход"), List.of("по", "итог"),
            List.of("по", "результат"), List.of("во", "время"), List.of("на", "поле"), List.of("during"),
            List.of("on", "the", "sidelines", "of"), List.of("following"));
    /** путем переговоров, through talks: negotiation as a means, named by no one in particular. */
    private static final Set<String> MEANS = Set.of("путем", "путём", "посредством", "through");
    /** глава делегации на переговорах, chief negotiator: a trigger inside a person's title reports nothing. */
    private static final Set<String> DELEGATION_HEADS = Set.of("глава", "руководитель", "член", "head", "member", "chief");
    /** Triggers that report a contact by themselves (визит, встреча, переговоры): CONFIRMED without a cue. */
    private static final Set<ContactType> REPORTED_BY_ITSELF = java.util.EnumSet.of(ContactType.MEET, ContactType.VISIT,
            ContactType.NEGOTIATE, ContactType.TELEPHONE, ContactType.REDUCE_RELATIONS);
    private static final Map<Integer, Set<String>> FLAG_WORDS = Map.ofEntries(Map.entry(TokenFlags.NEGATION, NEGATIONS),
            Map.entry(TokenFlags.DEMONSTRATIVE, DEMONSTRATIVES), Map.entry(TokenFlags.EXCLUSION, EXCLUSIONS),
            Map.entry(TokenFlags.TOPIC, TOPIC_PREPOSITIONS), Map.entry(TokenFlags.PRESS, PRESS),
            Map.entry(TokenFlags.MONTH, EventDates.MONTH_WORDS), Map.entry(TokenFlags.SUBORDINATOR, SUBORDINATORS),
            Map.entry(TokenFlags.MEANS, MEANS), Map.entry(TokenFlags.FRAME, frameWords()),
            Map.entry(TokenFlags.EUROPEAN, Set.of("европейский")), Map.entry(TokenFlags.LEVEL, EventLexicon.get().levelStarts),
            Map.entry(TokenFlags.PARTNER, Sides.PARTNER_PREPOSITIONS), Map.entry(TokenFlags.RELATIVE, Clauses.RELATIVES));

    /** What the words of the lexicons and flag sets mean, one for the JVM: it keeps a meaning on each word form. */
    private static final TokenFlags.Index INDEX = new TokenFlags.Index(EventLexicon.get(), FLAG_WORDS);
    private final EventLexicon lexicon = EventLexicon.get();
    private final KnowledgeBase kb;

    public EventExtractor(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * The contacts an article reports: its tokens and sentences, its linked entities with their
     * mentions ({@link MentionIndex#of}), and its statements (a side may be the speaker's country).
     */
    public List<ContactEventRecord> extract(Article article, List<Token> tokens, List<Sentence> sentences,
            List<LinkedEntity> entities, MentionIndex mentions, List<AttributedStatement> statements) {
        List<Token> ordered = TokenFlags.inTextOrder(tokens);
        TokenFlags flags = new TokenFlags(ordered, INDEX);
        Sides sides = new Sides(kb, entities, mentions, flags);
        EventMerger events = new EventMerger();
        for (Sentence sentence : sentences) {
            if (!flags.anyTriggerIn(sentence.range())) {
                continue;
            }
            List<Token> words = TokenSpans.within(ordered, sentence.range());
            for (List<Token> clause : Clauses.withTriggers(words, flags)) {
                codeClause(article, ordered, clause, words, sides, statements, events, flags);
            }
        }
        return events.events();
    }

    private void codeClause(Article article, List<Token> tokens, List<Token> clause, List<Token> sentence, Sides sides,
            List<AttributedStatement> statements, EventMerger events, TokenFlags flags) {
        int trigger = flags.firstTriggerIn(clause);
        if (trigger < 0) {
            return;
        }
        TextRange evidence = new TextRange(sentence.get(0).start(), sentence.get(sentence.size() - 1).end());
        if (trigger > 0 && flags.has(clause.get(trigger - 1), TokenFlags.DEMONSTRATIVE)) {
            events.addEvidenceToLast(evidence);
            return;
        }
        EventLexicon.Trigger meaning = lexicon.triggers.get(flags.trigger(clause.get(trigger)));
        if (notAContact(clause, sentence, trigger, meaning, sides, flags)) {
            return;
        }
        ContactStatus status = framedAsPast(clause, trigger, flags);
        if (status == null) {
            status = statusIn(clause, trigger, flags);
        }
        if (status == null) {
            status = cueGoverningClause(sentence, clause.get(0), flags);
        }
        boolean byItself = REPORTED_BY_ITSELF.contains(meaning.type());
        if (status == null && !byItself) {
            return;
        }
        Sides.Named named = sides.named(clause);
        if (status == null) {
            if (named.sides().isEmpty() && events.addEvidenceToLastOfType(meaning.type(), evidence)) {
                return;
            }
            status = ContactStatus.CONFIRMED;
        }
        List<ContactEventRecord.EventActor> actors = sides.in(named, clause, sentence, statements);
        if (actors.size() == 1 && meaning.type() != ContactType.CONSULT) {
            actors = events.sidesOfEarlier(meaning.type(), actors.get(0));
        }
        if (!twoSidesAtLeast(actors)) {
            return;
        }
        String cameo = status == ContactStatus.PLANNED ? "036" : meaning.cameo();
        String date = EventDates.monthIn(sentence, article.published(), flags);
        ContactLevel level = ContactLevel.UNSPECIFIED;
        if (flags.anyHas(clause, TokenFlags.LEVEL)) {
            int clauseStart = flags.positionOf(clause.get(0).start());
            level = levelIn(tokens, clauseStart + Math.min(named.partiesStart(), trigger), clauseStart + clause.size(),
                    clauseStart + trigger, flags);
        }
        if (level == ContactLevel.UNSPECIFIED) {
            level = sides.levelOfPeople(actors);
        }
        events.add(new ContactEventRecord(meaning.type(), cameo, meaning.mode(), actors, status, level,
                date, List.of(evidence), 0.6, Goldstein.of(cameo)));
    }

    /**
     * The strongest status cue of the clause; NONE when a negation stands before the trigger or right
     * before a cue (не демонстрируют намерения возобновить диалог; не полетит на саммит).
     */
    private static ContactStatus statusIn(List<Token> clause, int trigger, TokenFlags flags) {
        ContactStatus strongest = null;
        boolean negated = flags.anyHas(clause.subList(0, trigger + 1), TokenFlags.NEGATION);
        int topic = topicStart(clause, trigger, flags);
        for (int i = flags.firstWith(clause, 0, TokenFlags.CUE); i >= 0 && i < topic; i = flags.firstWith(clause, i + 1, TokenFlags.CUE)) {
            ContactStatus status = flags.statusWithTense(clause.get(i));
            if (strongest == null || status.strongerThan(strongest)) {
                strongest = status;
            }
            negated |= negatedAt(clause, i, flags);
        }
        return negated ? ContactStatus.NONE : strongest;
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

    private static Set<String> frameWords() {
        Set<String> words = new java.util.HashSet<>();
        TOOK_PLACE_FRAMES.forEach(frame -> words.add(frame.get(frame.size() - 1)));
        return words;
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
        for (int i = positionOf(sentence, clauseStart) - 1; i >= 0; i--) {
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
     * Triggers that report no diplomatic contact: a meeting with journalists or with a private
     * person, a trigger inside a title (глава делегации на переговорах), talks as a means (путем
     * переговоров), a visit to an unnamed place or within the visitor's own country.
     */
    private static boolean notAContact(List<Token> clause, List<Token> sentence, int trigger, EventLexicon.Trigger meaning,
            Sides sides, TokenFlags flags) {
        return withNonDiplomaticPartner(clause, trigger, flags) || inDelegationTitle(clause, trigger)
                || trigger > 0 && flags.has(clause.get(trigger - 1), TokenFlags.MEANS)
                || sides.withPrivatePerson(clause, trigger)
                || meaning.type() == ContactType.VISIT && VisitDestinations.tripAtHome(sentence, positionOf(sentence, clause.get(trigger)), sides);
    }

    /** встреча с журналистами, talks with reporters: not a diplomatic contact. */
    private static boolean withNonDiplomaticPartner(List<Token> clause, int trigger, TokenFlags flags) {
        for (int i = trigger + 1; i < Math.min(clause.size(), trigger + 4); i++) {
            if (flags.has(clause.get(i), TokenFlags.PRESS)) {
                return true;
            }
        }
        return false;
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

    /**
     * The level phrase nearest the trigger (на техническом уровне beats an earlier "president"); the
     * trigger's own level (саммит) only when the clause names no other (министр … на саммите). Looks
     * at the article's tokens {@code [from, to)}, where the trigger is token {@code at}, and tries
     * phrases only where one can start, left to right without overlaps.
     */
    private ContactLevel levelIn(List<Token> tokens, int from, int to, int at, TokenFlags flags) {
        ContactLevel level = ContactLevel.UNSPECIFIED;
        ContactLevel own = null;
        int best = Integer.MAX_VALUE;
        int end = tokens.get(to - 1).end();
        int next = from;
        while (next < to) {
            int start = flags.nextWith(TokenFlags.LEVEL, tokens.get(next).start());
            if (start < 0 || tokens.get(start).start() >= end) {
                break;
            }
            Gazetteer.Match<ContactLevel> match = lexicon.levels.longestAt(tokens, start, to);
            if (match == null) {
                next = start + 1;
                continue;
            }
            next = match.to();
            if (match.from() <= at && at < match.to()) {
                own = match.target();
                continue;
            }
            int distance = Math.min(Math.abs(match.from() - at), Math.abs(match.to() - 1 - at));
            if (distance < best) {
                best = distance;
                level = match.target();
            }
        }
        return own != null && level == ContactLevel.UNSPECIFIED ? own : level;
    }

    private static boolean twoSidesAtLeast(List<ContactEventRecord.EventActor> actors) {
        for (ContactEventRecord.EventActor actor : actors) {
            if (!actor.code().equals(actors.get(0).code())) {
                return true;
            }
        }
        return false;
    }

    /** Where the token stands in the list (the same token, not an equal one), or -1. */
    private static int positionOf(List<Token> tokens, Token token) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) == token) {
                return i;
            }
        }
        return -1;
    }

    /** The code standing for an entity as an event side: its country, or an organisation's acronym. */
    static String codeOf(KbEntity entity, LinkedEntity linked) {
        if (linked.country() != null) {
            return linked.country();
        }
        if (entity == null) {
            return null;
        }
        return entity.aliasesEn().stream().filter(EventExtractor::isAcronym).findFirst().orElse(null);
    }

    private static boolean isAcronym(String alias) {
        if (alias.length() < 2 || alias.length() > 5) {
            return false;
        }
        for (int i = 0; i < alias.length(); i++) {
            if (alias.charAt(i) < 'A' || alias.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    static boolean isSide(EntityKind kind) {
        return kind == EntityKind.COUNTRY || kind == EntityKind.ORGANIZATION || kind == EntityKind.LOCATION
                || kind == EntityKind.PERSON;
    }
}
