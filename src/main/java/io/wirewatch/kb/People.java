package io.wirewatch.kb;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads {@code kb/people.tsv} and {@code kb/people-phoenix.tsv}: one row per person and role (a person
 * with several roles has several rows, merged into one entity with every alias; a row without a
 * Russian name or country keeps the earlier rows'), with the role's dates.
 */
final class People {
    /** Hand-written people, then the English aliases and historical holders derived from Phoenix ({@link PhoenixImport}). */
    private static final List<String> FILES = List.of("/kb/people.tsv", "/kb/people-phoenix.tsv");
    /** Russian first names ending in -а/-я that belong to men. */
    private static final Set<String> MALE_NAMES_IN_A = Set.of("Никита", "Илья", "Фома", "Кузьма", "Лука", "Савва");

    private People() {
    }

    static void load(Consumer<KbEntity> entities, Consumer<RoleHolding> holdings) {
        Map<String, KbEntity> people = new LinkedHashMap<>();
        for (TsvTable.Row row : FILES.stream().flatMap(f -> TsvTable.read(f).rows().stream()).toList()) {
            String nameEn = row.require("name_en");
            String qid = row.get("wikidata");
            String id = qid != null ? qid : KnowledgeBase.localId(EntityKind.PERSON, nameEn);
            KbEntity known = people.get(id);
            String nameRu = row.get("name_ru") != null || known == null ? row.get("name_ru") : known.nameRu();
            String country = row.get("country") != null || known == null ? row.get("country") : known.country();
            Set<String> en = new LinkedHashSet<>(known != null ? known.aliasesEn() : List.of());
            Set<String> ru = new LinkedHashSet<>(known != null ? known.aliasesRu() : List.of());
            en.addAll(row.names(nameEn, "aliases_en"));
            ru.addAll(row.names(nameRu, "aliases_ru"));
            people.put(id, new KbEntity(id, EntityKind.PERSON, nameEn, nameRu, qid, country,
                    List.copyOf(en), List.copyOf(ru), isFemale(nameRu)));
            String code = row.get("role_code");
            if (code != null) {
                String roleCountry = row.require("role_country");
                holdings.accept(new RoleHolding(id, roleCountry + "." + code, code, roleCountry, row.require("role_en"),
                        row.get("role_ru"), date(row, "start"), date(row, "end")));
            }
        }
        people.values().forEach(entities);
    }

    private static boolean isFemale(String nameRu) {
        if (nameRu == null) {
            return false;
        }
        String first = nameRu.split(" ")[0];
        return (first.endsWith("а") || first.endsWith("я")) && !MALE_NAMES_IN_A.contains(first);
    }

    private static LocalDate date(TsvTable.Row row, String column) {
        String value = row.get(column);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new KnowledgeBaseException(row.file() + ":" + row.line() + ": " + column + " is not an ISO date: " + value);
        }
    }
}
