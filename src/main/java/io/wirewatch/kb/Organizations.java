package io.wirewatch.kb;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads organisations, media and places ({@code kb/organizations.tsv}, {@code kb/places.tsv}):
 * one row per entity with its kind, names, country and aliases.
 */
final class Organizations {
    private Organizations() {
    }

    static void load(String file, Consumer<KbEntity> entities) {
        for (TsvTable.Row row : TsvTable.read(file).rows()) {
            EntityKind kind = kind(row);
            String nameEn = row.require("name_en");
            String qid = row.get("wikidata");
            String nameRu = row.get("name_ru");
            entities.accept(new KbEntity(qid != null ? qid : KnowledgeBase.localId(kind, nameEn), kind, nameEn, nameRu,
                    qid, row.get("country"), row.names(nameEn, "aliases_en"), row.names(nameRu, "aliases_ru"), false));
        }
    }

    private static EntityKind kind(TsvTable.Row row) {
        String kind = row.require("kind");
        try {
            return EntityKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new KnowledgeBaseException(row.file() + ":" + row.line() + ": unknown kind " + kind);
        }
    }
}
