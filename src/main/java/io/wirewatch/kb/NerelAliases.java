package io.wirewatch.kb;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads {@code kb/aliases-nerel.tsv} ({@link NerelLinkImport}): Russian names NEREL links to a
 * Wikidata id. A row whose id the knowledge base holds adds its aliases to that entity (its roles
 * and other names stay as they are); a row of an id it lacks is a new entity of the row's kind,
 * known by its Russian names only (its English name, in Latin letters, is for display and matches
 * nothing). Every name read here
 * is reported as derived, so the name finders' features never see it.
 */
final class NerelAliases {
    static final String FILE = "/kb/aliases-nerel.tsv";

    private NerelAliases() {
    }

    /**
     * @param entities the entities loaded so far, by id: extended and added to
     * @param derived  told each id and the names read for it here
     */
    static void load(Map<String, KbEntity> entities, BiConsumer<String, List<String>> derived) {
        for (TsvTable.Row row : TsvTable.read(FILE).rows()) {
            String qid = row.require("wikidata");
            KbEntity known = entities.get(qid);
            if (known != null) {
                Set<String> ru = new LinkedHashSet<>(known.aliasesRu());
                List<String> added = row.list("aliases_ru").stream().filter(ru::add).toList();
                entities.put(qid, new KbEntity(known.id(), known.kind(), known.nameEn(), known.nameRu(), known.wikidata(),
                        known.country(), known.aliasesEn(), List.copyOf(ru), known.female()));
                derived.accept(qid, added);
            } else {
                EntityKind kind = kind(row);
                String nameRu = row.require("name_ru");
                List<String> names = row.names(nameRu, "aliases_ru");
                String nameEn = row.get("name_en") != null ? row.get("name_en") : nameRu;
                entities.put(qid, new KbEntity(qid, kind, nameEn, nameRu, qid, null, List.of(), names,
                        kind == EntityKind.PERSON && People.isFemale(nameRu)));
                derived.accept(qid, names);
            }
        }
    }

    private static EntityKind kind(TsvTable.Row row) {
        try {
            return EntityKind.valueOf(row.require("kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new KnowledgeBaseException(row.file() + ":" + row.line() + ": unknown kind " + row.get("kind"));
        }
    }
}
