package io.wirewatch.kb;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
            Set<String> en = new LinkedHashSet<>(List.of(nameEn));
            en.addAll(row.list("aliases_en"));
            Set<String> ru = new LinkedHashSet<>();
            if (nameRu != null) {
                ru.add(nameRu);
            }
            ru.addAll(row.list("aliases_ru"));
            entities.accept(new KbEntity(qid != null ? qid : KnowledgeBase.localId(kind, nameEn), kind, nameEn, nameRu,
                    qid, row.get("country"), List.copyOf(en), List.copyOf(ru), false));
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
