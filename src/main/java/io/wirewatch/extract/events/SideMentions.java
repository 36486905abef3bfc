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

    /** People the knowledge base does not hold, with the country and rank their title gave them. */
    private final Map<String, IntroducedPeople.Introduced> introduced;

    /**
     * @param introduced people a title introduced ({@link IntroducedPeople}): their side is the title's country
     * @param more mentions found beside the linked entities' (Russian compound adjectives), in text order
     */
    SideMentions(KnowledgeBase kb, List<LinkedEntity> entities, MentionIndex index,
            Map<String, IntroducedPeople.Introduced> introduced, List<Mention> more) {
        this.introduced = introduced;
        Map<String, String> codes = new HashMap<>();
        for (LinkedEntity entity : entities) {
            if (isSide(entity.kind())) {
                IntroducedPeople.Introduced titled = introduced.get(entity.id());
                codes.put(entity.id(), titled != null ? titled.country() : codeOf(kb.entity(entity.id()).orElse(null), entity));
            }
        }
        sovietPlaces(entities, codes);
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

    /**
     * TRADE TARGETS SET WITH MOSCOW in a story of the Soviet Union: an article that names the Soviet
     * Union (SUN) and never Russia as a country is of the Soviet years, so Moscow, the Kremlin and
     * the other names of Russia's places and bodies stand for the Soviet Union.
     */
    private static void sovietPlaces(List<LinkedEntity> entities, Map<String, String> codes) {
        if (!codes.containsValue("SUN")) {
            return;
        }
        for (LinkedEntity entity : entities) {
            if (entity.kind() == EntityKind.COUNTRY && "RUS".equals(codes.get(entity.id()))) {
                return;
            }
        }
        codes.replaceAll((id, code) -> "RUS".equals(code) ? "SUN" : code);
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

    /** The country a title gave a person the knowledge base does not hold, or null. */
    String introducedCountry(String entityId) {
        IntroducedPeople.Introduced titled = introduced.get(entityId);
        return titled == null ? null : titled.country();
    }

    /** The rank a title gave a person the knowledge base does not hold (Finance Minister …), or null. */
    ContactLevel introducedLevel(String entityId) {
        IntroducedPeople.Introduced titled = introduced.get(entityId);
        return titled == null ? null : titled.level();
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

    /**
     * The code standing for an entity as an event side: its country, or an organisation's acronym
     * (GATT, COMECON), or for a body known by no acronym its English name of two words or more
     * (Paris Club, World Bank), as the development gold writes them.
     */
    private static String codeOf(KbEntity entity, LinkedEntity linked) {
        if (linked.country() != null) {
            return linked.country();
        }
        if (entity == null) {
            return null;
        }
        String acronym = entity.aliasesEn().stream().filter(SideMentions::isAcronym).findFirst().orElse(null);
        if (acronym != null || entity.kind() != EntityKind.ORGANIZATION) {
            return acronym;
        }
        // by its English name (Paris Club) only when English text names it so: an organisation known
        // from Russian text alone (a party, a forum linked in NEREL) is no side of its own
        boolean namedInEnglish = entity.nameEn() != null && entity.aliasesEn().contains(entity.nameEn());
        return namedInEnglish && entity.nameEn().indexOf(' ') > 0 ? entity.nameEn() : null;
    }

    private static boolean isAcronym(String alias) {
        if (alias.length() < 2 || alias.length() > 7) {
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
