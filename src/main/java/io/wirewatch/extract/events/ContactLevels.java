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
     */
    ContactLevel of(List<Token> clause, int partiesStart, int trigger, List<ContactEventRecord.EventActor> actors) {
        ContactLevel level = ContactLevel.UNSPECIFIED;
        if (flags.anyHas(clause, TokenFlags.LEVEL)) {
            int clauseStart = flags.positionOf(clause.get(0).start());
            level = inPhrases(clauseStart + Math.min(partiesStart, trigger), clauseStart + clause.size(), clauseStart + trigger);
        }
        return level == ContactLevel.UNSPECIFIED ? ofPeople(actors) : level;
    }

    /**
     * The level phrase nearest the trigger (на техническом уровне beats an earlier "president"); the
     * trigger's own level (саммит) only when the clause names no other (министр … на саммите). Looks
     * at the article's tokens {@code [from, to)}, where the trigger is token {@code at}, and tries
     * phrases only where one can start, left to right without overlaps.
     */
    private ContactLevel inPhrases(int from, int to, int at) {
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

    /** The level the sides' people give a contact: heads of state or government, or foreign ministers. */
    private ContactLevel ofPeople(List<ContactEventRecord.EventActor> actors) {
        ContactLevel level = ContactLevel.UNSPECIFIED;
        for (ContactEventRecord.EventActor actor : actors) {
            LinkedEntity entity = mentions.entityOf(actor);
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
}
