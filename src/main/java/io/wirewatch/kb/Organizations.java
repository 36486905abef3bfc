package io.wirewatch.kb;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads organisations, media and places ({@code kb/organizations.tsv}, {@code kb/places.tsv}):
 * one row per entity with its kind, names, country and aliases; and which places are capitals.
 */
final class Organizations {
    private Organizations() {
    }

    static void load(String file, Consumer<KbEntity> entities) {
        load(file, entities, id -> { });
    }

    /** @param capitals told the id of every row whose {@code capital} column says yes */
    static void load(String file, Consumer<KbEntity> entities, Consumer<String> capitals) {
        for (TsvTable.Row row : TsvTable.read(file).rows()) {
            EntityKind kind = kind(row);
            String nameEn = row.require("name_en");
            String qid = row.get("wikidata");
            String nameRu = row.get("name_ru");
            String id = qid != null ? qid : KnowledgeBase.localId(kind, nameEn);
            entities.accept(new KbEntity(id, kind, nameEn, nameRu,
                    qid, row.get("country"), row.names(nameEn, "aliases_en"), row.names(nameRu, "aliases_ru"), false));
            if (row.columns().containsKey("capital") && "yes".equals(row.get("capital"))) {
                capitals.accept(id);
            }
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
