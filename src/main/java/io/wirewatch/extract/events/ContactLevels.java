package io.wirewatch.extract.events;

import io.wirewatch.extract.link.Gazetteer;
import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.text.Token;
import java.util.List;

/**
 * At what level a contact is held. Reads the article's tokens in text order with their flags, the
 * level phrases of the lexicon ({@code events/levels.tsv}) and the roles of the people among the
 * sides ({@link SideMentions}); produces the level phrase nearest the trigger (на техническом
 * уровне, с президентом), else the level the sides' people give (heads of state or government,
 * foreign ministers), else UNSPECIFIED.
 */
final class ContactLevels {
    /** officials said: a rank followed by a speech verb is the source of the report, not a party. */
    private static final java.util.Set<String> SPEECH = java.util.Set.of("said", "say", "says", "told", "noted", "added");
    /** Words saying a rank was held before: бывший, экс-, former, ex-. */
    private static final java.util.Set<String> FORMER = java.util.Set.of("бывший", "former", "ex", "ex-");
    private final EventLexicon lexicon;
    private final List<Token> tokens;
    private final TokenFlags flags;
    private final SideMentions mentions;

    ContactLevels(EventLexicon lexicon, List<Token> tokens, TokenFlags flags, SideMentions mentions) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.flags = flags;
        this.mentions = mentions;
    }

    /**
     * The level of the contact the clause reports: its trigger at {@code trigger}, its parties named
     * from {@code partiesStart} on (a level phrase before them describes the speaker), its sides.
     * A phrase naming the level (на техническом уровне, working-level) decides; else the ranks the
     * clause and the sides' people name, as ANNOTATION.md ranks them: a minister on either side makes
     * it MINISTERIAL, officials or envoys WORKING, leaders with leaders HEAD_OF_STATE.
     */
    ContactLevel of(List<Token> clause, int partiesStart, int trigger, List<ContactEventRecord.EventActor> actors) {
        Ranks ranks = new Ranks();
        if (flags.anyHas(clause, TokenFlags.LEVEL)) {
            int clauseStart = flags.positionOf(clause.get(0).start());
            inPhrases(clauseStart + Math.min(partiesStart, trigger), clauseStart + clause.size(), clauseStart + trigger, ranks);
        }
        if (ranks.named != null) {
            return ranks.named;
        }
        ContactLevel people = ofPeople(actors);
        if (ranks.ministerial || people == ContactLevel.MINISTERIAL) {
            return ContactLevel.MINISTERIAL;
        }
        if (ranks.working) {
            return ContactLevel.WORKING;
        }
        ContactLevel level = ranks.nearest != ContactLevel.UNSPECIFIED ? ranks.nearest : ranks.own;
        return level == null || level == ContactLevel.UNSPECIFIED ? people : level;
    }

    /** What the level phrases of a clause say: a phrase naming the level, the ranks named, the nearest rank, the trigger's own. */
    private static final class Ranks {
        ContactLevel named;
        int namedDistance = Integer.MAX_VALUE;
        boolean ministerial;
        boolean working;
        ContactLevel nearest = ContactLevel.UNSPECIFIED;
        int nearestDistance = Integer.MAX_VALUE;
        ContactLevel own;
        /** Where the last WORKING rank ended (a deputy before "minister" makes a deputy minister). */
        int workingEnd = -10;
    }

    /**
     * Reads the level phrases among the article's tokens {@code [from, to)}, where the trigger is
     * token {@code at}, trying phrases only where one can start, left to right without overlaps; the
     * trigger's own level (саммит) counts only when the clause names no other (министр … на саммите).
     */
    private void inPhrases(int from, int to, int at, Ranks ranks) {
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
                ranks.own = match.target();
                continue;
            }
            int distance = Math.min(Math.abs(match.from() - at), Math.abs(match.to() - 1 - at));
            if (match.to() < to && SPEECH.contains(tokens.get(match.to()).text().toLowerCase(java.util.Locale.ROOT))
                    || formerHolder(match.from())) {
                continue;
            }
            if (namesLevel(match)) {
                if (distance < ranks.namedDistance) {
                    ranks.namedDistance = distance;
                    ranks.named = match.target();
                }
                continue;
            }
            rank(match, distance, ranks);
        }
    }

    /**
     * former Japanese Foreign Minister Abe, бывший президент: a rank the person no longer holds (the
     * word up to three tokens before it) gives the contact no level.
     */
    private boolean formerHolder(int rankStart) {
        for (int i = Math.max(0, rankStart - 3); i < rankStart; i++) {
            if (tokens.get(i).keys().anyIn(FORMER)) {
                return true;
            }
        }
        return false;
    }

    private static void rank(Gazetteer.Match<ContactLevel> match, int distance, Ranks ranks) {
        ContactLevel level = match.target();
        if (level == ContactLevel.MINISTERIAL && match.from() - ranks.workingEnd <= 3) {
            level = ContactLevel.WORKING;
        }
        ranks.ministerial |= level == ContactLevel.MINISTERIAL;
        if (level == ContactLevel.WORKING) {
            ranks.working = true;
            ranks.workingEnd = match.to();
        }
        if (distance < ranks.nearestDistance) {
            ranks.nearestDistance = distance;
            ranks.nearest = level;
        }
    }

    /** Whether the phrase names a level as such (технический уровень, working-level), not a rank. */
    private boolean namesLevel(Gazetteer.Match<ContactLevel> match) {
        for (int i = match.from(); i < match.to(); i++) {
            for (String key : tokens.get(i).keys()) {
                if (key.equals("уровень") || key.contains("level")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The level the sides' people give a contact: a minister among them (a foreign minister, or a
     * rank a title gave) makes it MINISTERIAL, as a president receiving a minister is; else heads of
     * state or government make it HEAD_OF_STATE.
     */
    private ContactLevel ofPeople(List<ContactEventRecord.EventActor> actors) {
        ContactLevel level = ContactLevel.UNSPECIFIED;
        for (ContactEventRecord.EventActor actor : actors) {
            LinkedEntity entity = mentions.entityOf(actor);
            ContactLevel rank = entity == null ? null : mentions.introducedLevel(entity.id());
            if (entity != null && entity.role() != null) {
                String code = entity.role().code();
                rank = code.equals("HEAD_OF_STATE") || code.equals("HEAD_OF_GOVERNMENT") ? ContactLevel.HEAD_OF_STATE
                        : code.equals("FOREIGN_MINISTER") ? ContactLevel.MINISTERIAL : null;
            }
            if (rank == ContactLevel.MINISTERIAL) {
                return ContactLevel.MINISTERIAL;
            }
            if (rank == ContactLevel.HEAD_OF_STATE || rank == ContactLevel.WORKING && level == ContactLevel.UNSPECIFIED) {
                level = rank;
            }
        }
        return level;
    }
}
