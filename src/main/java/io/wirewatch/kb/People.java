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
 * Reads {@code kb/people.tsv}: one row per person and role (a person with several roles has several
 * rows, merged into one entity with every alias), with the role's dates.
 */
final class People {
    private static final String FILE = "/kb/people.tsv";
    /** Russian first names ending in -а/-я that belong to men. */
    private static final Set<String> MALE_NAMES_IN_A = Set.of("Никита", "Илья", "Фома", "Кузьма", "Лука", "Савва");

    private People() {
    }

    static void load(Consumer<KbEntity> entities, Consumer<RoleHolding> holdings) {
        Map<String, KbEntity> people = new LinkedHashMap<>();
        for (TsvTable.Row row : TsvTable.read(FILE).rows()) {
            String nameEn = row.require("name_en");
            String qid = row.get("wikidata");
            String id = qid != null ? qid : KnowledgeBase.localId(EntityKind.PERSON, nameEn);
            String nameRu = row.get("name_ru");
            Set<String> en = new LinkedHashSet<>(row.names(nameEn, "aliases_en"));
            Set<String> ru = new LinkedHashSet<>(row.names(nameRu, "aliases_ru"));
            KbEntity known = people.get(id);
            if (known != null) {
                en.addAll(known.aliasesEn());
                ru.addAll(known.aliasesRu());
            }
            people.put(id, new KbEntity(id, EntityKind.PERSON, nameEn, nameRu, qid, row.get("country"),
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
