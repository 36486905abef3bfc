package io.wirewatch.kb;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every country: English and Russian names from CLDR (through ICU4J), extended by
 * {@code kb/countries.tsv} with Wikidata ids, aliases (РФ, США, Соединённые Штаты), adjectives
 * (американский, French) and nationalities (украинцы, Ukrainians), each a {@link KbEntity}; and the
 * former states of {@code kb/former-states.tsv} (the Soviet Union as SUN).
 */
final class Countries {
    private static final ULocale RUSSIAN = new ULocale("ru");
    /** ISO codes that are not countries: reserved, private use, groupings. */
    private static final Set<String> NOT_COUNTRIES = Set.of("AQ", "EU", "EZ", "UN", "QO", "ZZ", "XK", "AN", "CS", "YU", "TP", "FX", "ZR", "DD", "BU", "NT", "SU");

    /** A country's own entity, the adjectives that stand for it, and its nationality entity. */
    record Country(KbEntity entity, List<String> adjectivesEn, List<String> adjectivesRu, KbEntity nationality) {
    }

    private Countries() {
    }

    static List<Country> load() {
        Map<String, TsvTable.Row> extra = new HashMap<>();
        for (TsvTable.Row row : TsvTable.read("/kb/countries.tsv").rows()) {
            extra.put(row.require("iso3"), row);
        }
        List<Country> countries = new ArrayList<>();
        for (String iso2 : ULocale.getISOCountries()) {
            if (NOT_COUNTRIES.contains(iso2)) {
                continue;
            }
            ULocale region = new ULocale("", iso2);
            String iso3 = region.getISO3Country();
            if (iso3.isEmpty()) {
                continue;
            }
            countries.add(country(iso3, region.getDisplayCountry(ULocale.ENGLISH), region.getDisplayCountry(RUSSIAN), extra.remove(iso3)));
        }
        if (!extra.isEmpty()) {
            throw new KnowledgeBaseException("/kb/countries.tsv: not ISO 3166-1 alpha-3 codes CLDR knows: " + extra.keySet());
        }
        countries.addAll(formerStates());
        return countries;
    }

    /** The Soviet Union, East Germany: {@code kb/former-states.tsv}, names and all by hand. */
    private static List<Country> formerStates() {
        List<Country> states = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read("/kb/former-states.tsv").rows()) {
            String iso3 = row.require("iso3");
            String qid = row.get("wikidata");
            KbEntity entity = new KbEntity(qid != null ? qid : "ww:country:" + iso3, EntityKind.COUNTRY, row.require("name_en"),
                    row.get("name_ru"), qid, iso3, row.names(row.require("name_en"), "aliases_en"),
                    row.names(row.get("name_ru"), "aliases_ru"), false);
            states.add(new Country(entity, row.list("adjectives_en"), row.list("adjectives_ru"), null));
        }
        return states;
    }

    /**
     * CLDR's Russian name as the press writes it: abbreviations spelled out (Бермудские о-ва →
     * Бермудские острова, о-в Мэн → остров Мэн), a parenthesis dropped where it only explains the
     * name (Гонконг (САР), Мьянма (Бирма); not Виргинские о-ва (США), which it tells apart), and a
     * compound without its hyphen as it is often misspelled (Коста Рика, Шри Ланка).
     */
    static List<String> writtenOut(String name) {
        Set<String> forms = new LinkedHashSet<>();
        String spelled = name.replaceAll("(?<=^|\\s)о-ва(?=\\s|$)", "острова").replaceAll("(?<=^|\\s)о-в(?=\\s|$)", "остров");
        forms.add(spelled);
        if (spelled.matches(".+ \\((САР|Бирма)\\)")) {
            forms.add(spelled.substring(0, spelled.indexOf(" (")));
        }
        if (spelled.matches("\\p{Lu}\\p{Ll}+-\\p{Lu}\\p{Ll}+")) {
            forms.add(spelled.replace('-', ' '));
        }
        forms.remove(name);
        return List.copyOf(forms);
    }

    private static Country country(String iso3, String nameEn, String nameRu, TsvTable.Row row) {
        Set<String> en = new LinkedHashSet<>(List.of(nameEn));
        Set<String> ru = new LinkedHashSet<>(List.of(nameRu));
        ru.addAll(writtenOut(nameRu));
        String qid = null;
        List<String> adjectivesEn = List.of();
        List<String> adjectivesRu = List.of();
        KbEntity nationality = null;
        if (row != null) {
            qid = row.get("wikidata");
            en.addAll(row.list("aliases_en"));
            ru.addAll(row.list("aliases_ru"));
            adjectivesEn = row.list("adjectives_en");
            adjectivesRu = row.list("adjectives_ru");
            if (row.get("nationality_en") != null) {
                List<String> natEn = row.list("nationality_en");
                List<String> natRu = row.list("nationality_ru");
                nationality = new KbEntity("ww:nationality:" + iso3, EntityKind.NATIONALITY, natEn.get(0),
                        natRu.isEmpty() ? null : natRu.get(0), null, iso3, natEn, natRu, false);
            }
        }
        String id = qid != null ? qid : "ww:country:" + iso3;
        KbEntity entity = new KbEntity(id, EntityKind.COUNTRY, nameEn, nameRu, qid, iso3, List.copyOf(en), List.copyOf(ru), false);
        return new Country(entity, adjectivesEn, adjectivesRu, nationality);
    }
}
