package io.wirewatch.extract.events;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.KnowledgeBase;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sides a run of tokens (a clause or a sentence) names itself. Reads the article's side
 * mentions ({@link SideMentions}) and the tokens' flags; produces the sides by code, first mention
 * per code: countries, organisations, places (for their country) and people (for theirs), plus
 * "European capitals/countries/colleagues" for the EU; a name after "за исключением"/"кроме" is left
 * out, and a speaker for a side gives way to the side's own name after the status cue.
 */
final class NamedSides {
    private static final Set<String> EUROPEAN_GROUPS = Set.of("столица", "страна", "коллега", "партнер", "лидер", "государство");

    /**
     * What a run of tokens names: its sides by code in text order (unmodifiable), and where the
     * contact's parties begin in it: after the first cue when a side named before it is named again
     * after it (its speaker, then the side itself), else at 0. Level phrases before that point
     * describe the speaker, not the contact.
     */
    record Named(Map<String, ContactEventRecord.EventActor> sides, int partiesStart) {
    }

    /** Prepositions before a venue: в Женеве, talks in Riyadh. */
    private static final Set<String> VENUE_PREPOSITIONS = Set.of("в", "во", "in");
    private final SideMentions mentions;
    private final TokenFlags flags;
    private final String europeanUnion;

    NamedSides(KnowledgeBase kb, SideMentions mentions, TokenFlags flags) {
        this.mentions = mentions;
        this.flags = flags;
        europeanUnion = kb.entity("Q458").map(e -> e.id()).orElse(null);
    }

    /**
     * The sides named in the tokens, first mention per code; a speaker for a side (глава МИД РФ
     * подтвердил готовность Москвы …) gives way to the side's own name after the cue, where the
     * contact's parties then begin.
     */
    Named in(List<Token> tokens) {
        Map<String, ContactEventRecord.EventActor> sides = new LinkedHashMap<>();
        collectMentions(tokens, sides);
        int cue = flags.firstWith(tokens, 0, TokenFlags.STATUS);
        if (cue < 0) {
            return new Named(Collections.unmodifiableMap(sides), 0);
        }
        Map<String, ContactEventRecord.EventActor> again = namedAgainAfter(tokens, sides, tokens.get(cue).start());
        sides.putAll(again);
        return new Named(Collections.unmodifiableMap(sides), again.isEmpty() ? 0 : cue);
    }

    /** Sides first named before the cue and named again, by a place, country or body, after it: that later name. */
    private Map<String, ContactEventRecord.EventActor> namedAgainAfter(List<Token> tokens,
            Map<String, ContactEventRecord.EventActor> sides, int cue) {
        List<SideMentions.Mention> inSpan = mentions.within(tokens);
        TextRange span = new TextRange(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        Map<String, ContactEventRecord.EventActor> again = new LinkedHashMap<>();
        for (SideMentions.Mention mention : inSpan) {
            LinkedEntity entity = mention.entity();
            if (mention.range().start() < cue || mention.range().end() > span.end() || entity.kind() == EntityKind.PERSON
                    || isRussianVenue(tokens, mention)) {
                continue;
            }
            ContactEventRecord.EventActor known = mention.code() == null ? null : sides.get(mention.code());
            if (known != null && !known.entityId().equals(entity.id()) && namedBefore(known, inSpan, cue)) {
                again.putIfAbsent(mention.code(), actor(mention));
            }
        }
        return again;
    }

    private static boolean namedBefore(ContactEventRecord.EventActor actor, List<SideMentions.Mention> inSpan, int cue) {
        for (SideMentions.Mention mention : inSpan) {
            if (mention.entity().id().equals(actor.entityId())) {
                return mention.range().end() <= cue;
            }
        }
        return false;
    }

    private void collectMentions(List<Token> tokens, Map<String, ContactEventRecord.EventActor> sides) {
        boolean anyExclusion = flags.anyHas(tokens, TokenFlags.EXCLUSION);
        int end = tokens.get(tokens.size() - 1).end();
        List<SideMentions.Mention> inSpan = mentions.within(tokens);
        Set<String> partiesNamed = new java.util.HashSet<>();
        for (int i = 0; i < inSpan.size(); i++) {
            SideMentions.Mention mention = inSpan.get(i);
            if (mention.code() != null && mention.range().end() <= end && !(anyExclusion && excluded(tokens, mention.range()))) {
                sides.putIfAbsent(mention.code(), actor(mention));
                if (!isVenue(tokens, mention)) {
                    partiesNamed.add(mention.code());
                }
            }
        }
        if (partiesNamed.size() >= 2) {
            sides.keySet().retainAll(partiesNamed);
        }
        if (flags.anyHas(tokens, TokenFlags.GROUP_OF_SEVEN) && GroupSummits.namesG7(tokens)) {
            sides.remove("G7");
            GroupSummits.G7.forEach(code -> sides.putIfAbsent(code, new ContactEventRecord.EventActor(code, GroupSummits.G7_ID, "GOV", false)));
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

    /**
     * talks in Riyadh, переговоры в Женеве: a place after "in" is where the contact is held; it is no
     * party when two others are named (a visit's destination is named without "in").
     */
    private static boolean isVenue(List<Token> tokens, SideMentions.Mention mention) {
        if (mention.entity().kind() != EntityKind.LOCATION) {
            return false;
        }
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).start() == mention.range().start()) {
                return VENUE_PREPOSITIONS.contains(tokens.get(i - 1).text().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return false;
    }

    /** встреча в Сочи: a Russian venue (a place after "в") after the cue says where the contact is held; it names no side again. */
    private static boolean isRussianVenue(List<Token> tokens, SideMentions.Mention mention) {
        if (mention.entity().kind() != EntityKind.LOCATION) {
            return false;
        }
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).start() == mention.range().start()) {
                String before = tokens.get(i - 1).text().toLowerCase(java.util.Locale.ROOT);
                return before.equals("в") || before.equals("во");
            }
        }
        return false;
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

    private static ContactEventRecord.EventActor actor(SideMentions.Mention mention) {
        return new ContactEventRecord.EventActor(mention.code(), mention.entity().id(), sector(mention.entity()), false);
    }

    private static String sector(LinkedEntity entity) {
        return entity.kind() == EntityKind.ORGANIZATION || entity.role() != null ? "GOV" : null;
    }
}
