package io.wirewatch.extract.link;

import io.wirewatch.extract.text.TextRange;
import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.RoleHolding;
import java.util.List;
import java.util.Map;

/**
 * An entity an article names, with every mention.
 *
 * @param id       Wikidata QID when known, else a stable local id
 * @param kind     person, organisation, media, country, location or nationality
 * @param nameEn   canonical English name
 * @param nameRu   canonical Russian name, or null
 * @param wikidata Wikidata QID, or null
 * @param country  ISO 3166-1 alpha-3 code, or null
 * @param role     for people, the role held at the article's date, or null
 * @param mentions where the article names it, in text order
 * @param notNames the mentions that are no name, with their kind ({@link MentionKind#ADJECTIVE},
 *                 {@link MentionKind#TITLE}...); every other mention is a {@link MentionKind#NAME}
 */
public record LinkedEntity(String id, EntityKind kind, String nameEn, String nameRu, String wikidata, String country,
        RoleHolding role, List<TextRange> mentions, Map<TextRange, MentionKind> notNames) {
    public LinkedEntity {
        mentions = List.copyOf(mentions);
        notNames = Map.copyOf(notNames);
    }

    /** An entity all of whose mentions are names. */
    public LinkedEntity(String id, EntityKind kind, String nameEn, String nameRu, String wikidata, String country,
            RoleHolding role, List<TextRange> mentions) {
        this(id, kind, nameEn, nameRu, wikidata, country, role, mentions, Map.of());
    }

    /** How the mention at this range names the entity. */
    public MentionKind kindOf(TextRange mention) {
        return notNames.getOrDefault(mention, MentionKind.NAME);
    }

    public int firstMention() {
        return mentions.isEmpty() ? Integer.MAX_VALUE : mentions.get(0).start();
    }
}
