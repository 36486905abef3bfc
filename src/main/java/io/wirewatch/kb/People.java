package io.wirewatch.kb;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads {@code kb/people.tsv} and {@code kb/people-phoenix.tsv}: one row per person and role (a person
 * with several roles has several rows, merged into one entity with every alias; a row without a
 * Russian name or country keeps the earlier rows'), with the role's dates. The names read from the
 * Phoenix file are reported as derived: the name finders' features leave them out, so that deriving
 * them again never asks for the models to be retrained.
 */
final class People {
    /** Hand-written people, then the English aliases and historical holders derived from Phoenix ({@link PhoenixImport}). */
    private static final String HAND_WRITTEN = "/kb/people.tsv";
    private static final String PHOENIX = "/kb/people-phoenix.tsv";
    /** Russian first names ending in -а/-я that belong to men. */
    private static final Set<String> MALE_NAMES_IN_A = Set.of("Никита", "Илья", "Фома", "Кузьма", "Лука", "Савва");

    private People() {
    }

    /** @param derived told each person's id and the English names read from the Phoenix file only */
    static void load(Consumer<KbEntity> entities, Consumer<RoleHolding> holdings, BiConsumer<String, List<String>> derived) {
        Map<String, KbEntity> people = new LinkedHashMap<>();
        Map<String, Set<String>> handWritten = new HashMap<>();
        for (TsvTable.Row row : Stream.of(HAND_WRITTEN, PHOENIX).flatMap(f -> TsvTable.read(f).rows().stream()).toList()) {
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
            if (row.file().endsWith(HAND_WRITTEN)) {
                handWritten.computeIfAbsent(id, k -> new HashSet<>()).addAll(en);
            }
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
        for (KbEntity person : people.values()) {
            List<String> fromPhoenix = person.aliasesEn().stream()
                    .filter(alias -> !handWritten.getOrDefault(person.id(), Set.of()).contains(alias)).toList();
            if (!fromPhoenix.isEmpty()) {
                derived.accept(person.id(), fromPhoenix);
            }
        }
    }

    static boolean isFemale(String nameRu) {
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
