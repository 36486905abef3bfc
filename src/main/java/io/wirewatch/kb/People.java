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
 * rows, merged into one entity with every alias), with the role's dates; and the English aliases
 * derived for them from the PETRARCH2 Phoenix actor lists ({@code kb/people-aliases-phoenix.tsv},
 * made by {@code wirewatch train gazetteer}).
 */
final class People {
    private static final String FILE = "/kb/people.tsv";
    static final String PHOENIX_ALIASES = "/kb/people-aliases-phoenix.tsv";
    /** Russian first names ending in -а/-я that belong to men. */
    private static final Set<String> MALE_NAMES_IN_A = Set.of("Никита", "Илья", "Фома", "Кузьма", "Лука", "Савва");

    private People() {
    }

    /** @param derived told each person's id and derived aliases, or null to read none */
    static void load(Consumer<KbEntity> entities, Consumer<RoleHolding> holdings, java.util.function.BiConsumer<String, List<String>> derived) {
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
        if (derived != null) {
            addDerivedAliases(people, derived);
        }
        people.values().forEach(entities);
    }

    private static void addDerivedAliases(Map<String, KbEntity> people, java.util.function.BiConsumer<String, List<String>> derived) {
        Map<String, String> idByName = new LinkedHashMap<>();
        people.values().forEach(person -> idByName.put(person.nameEn(), person.id()));
        for (TsvTable.Row row : TsvTable.read(PHOENIX_ALIASES).rows()) {
            String id = idByName.get(row.require("name_en"));
            if (id == null) {
                throw new KnowledgeBaseException(row.file() + ":" + row.line() + ": no person " + row.get("name_en")
                        + " in " + FILE + "; make the file again with 'wirewatch train gazetteer'");
            }
            KbEntity person = people.get(id);
            Set<String> en = new LinkedHashSet<>(person.aliasesEn());
            en.addAll(row.names(null, "aliases_en"));
            derived.accept(id, row.names(null, "aliases_en"));
            people.put(id, new KbEntity(id, person.kind(), person.nameEn(), person.nameRu(), person.wikidata(), person.country(),
                    List.copyOf(en), person.aliasesRu(), person.female()));
        }
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
