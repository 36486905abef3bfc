package io.wirewatch.extract.events;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.link.MentionIndex;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.TokenSpans;
import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.KbEntity;
import io.wirewatch.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article's mentions of possible event sides, indexed once. Reads its linked entities and their
 * mentions ({@link MentionIndex#of}) and the knowledge base; keeps the mentions of countries,
 * organisations, places and people in text order, each with the code of the side it stands for (a
 * country, or an organisation's acronym), so a clause finds its own by a binary search.
 */
final class SideMentions {
    /** A mention of a possible side; code null when it stands for none (a region without a country). */
    record Mention(TextRange range, LinkedEntity entity, String code) {
    }

    /** The side mentions in text order, and their start offsets. */
    private final List<Mention> mentions = new ArrayList<>();
    private final int[] starts;

    /** @param more mentions found beside the linked entities' (Russian compound adjectives), in text order */
    SideMentions(KnowledgeBase kb, List<LinkedEntity> entities, MentionIndex index, List<Mention> more) {
        Map<String, String> codes = new HashMap<>();
        for (LinkedEntity entity : entities) {
            if (isSide(entity.kind())) {
                codes.put(entity.id(), codeOf(kb.entity(entity.id()).orElse(null), entity));
            }
        }
        for (int i = 0; i < index.size(); i++) {
            LinkedEntity entity = index.entity(i);
            if (isSide(entity.kind())) {
                mentions.add(new Mention(index.range(i), entity, codes.get(entity.id())));
            }
        }
        if (!more.isEmpty()) {
            mentions.addAll(more);
            mentions.sort(java.util.Comparator.comparingInt(m -> m.range().start()));
        }
        starts = new int[mentions.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = mentions.get(i).range().start();
        }
    }

    /** All the side mentions, in text order. */
    List<Mention> all() {
        return mentions;
    }

    /** The mentions starting inside the tokens' span, in text order (a view: callers check they end inside). */
    List<Mention> within(List<Token> tokens) {
        int from = firstStartingAt(tokens.get(0).start());
        int to = firstStartingAt(tokens.get(tokens.size() - 1).end());
        return mentions.subList(from, to);
    }

    /** The first mention starting at the offset, or null. */
    Mention startingAt(int offset) {
        int at = firstStartingAt(offset);
        return at < mentions.size() && mentions.get(at).range().start() == offset ? mentions.get(at) : null;
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

    /** The entity an event side stands for, as the article mentions it, or null. */
    LinkedEntity entityOf(ContactEventRecord.EventActor actor) {
        for (Mention mention : mentions) {
            if (mention.entity().id().equals(actor.entityId())) {
                return mention.entity();
            }
        }
        return null;
    }

    private int firstStartingAt(int offset) {
        return TokenSpans.firstFrom(starts, starts.length, offset);
    }

    /** The code standing for an entity as an event side: its country, or an organisation's acronym. */
    private static String codeOf(KbEntity entity, LinkedEntity linked) {
        if (linked.country() != null) {
            return linked.country();
        }
        if (entity == null) {
            return null;
        }
        return entity.aliasesEn().stream().filter(SideMentions::isAcronym).findFirst().orElse(null);
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

    private static boolean isSide(EntityKind kind) {
        return kind == EntityKind.COUNTRY || kind == EntityKind.ORGANIZATION || kind == EntityKind.LOCATION
                || kind == EntityKind.PERSON;
    }
}
