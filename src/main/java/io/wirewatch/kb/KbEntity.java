package io.wirewatch.kb;

import java.util.List;

/**
 * One entry of the knowledge base.
 *
 * @param id        Wikidata QID when known, else a stable local id ({@code ww:org:france-2})
 * @param kind      what it is
 * @param nameEn    canonical English name
 * @param nameRu    canonical Russian name (nominative), or null
 * @param wikidata  Wikidata QID, or null
 * @param country   ISO 3166-1 alpha-3 code, or null (international bodies)
 * @param aliasesEn English names it goes by, canonical name included
 * @param aliasesRu Russian names (nominative) it goes by, canonical name included
 * @param female    for people: whether Russian inflects the name as a woman's
 */
public record KbEntity(String id, EntityKind kind, String nameEn, String nameRu, String wikidata, String country,
        List<String> aliasesEn, List<String> aliasesRu, boolean female) {
    public KbEntity {
        aliasesEn = List.copyOf(aliasesEn);
        aliasesRu = List.copyOf(aliasesRu);
    }
}
