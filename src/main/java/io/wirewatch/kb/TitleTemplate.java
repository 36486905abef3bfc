package io.wirewatch.kb;

import java.util.List;

/**
 * A phrase that names a role rather than a person (пресс-секретарь президента {country}, the
 * {adj} president), from {@code kb/titles.tsv}.
 *
 * @param code     role code the phrase names (HEAD_OF_STATE, SPOKESPERSON...)
 * @param country  ISO 3166-1 alpha-3 code the phrase is fixed to; {@code *} when {country} or
 *                 {adj} in the phrase says; {@code HOME} for the article's own country
 *                 (пресс-секретарь президента in a Moscow dispatch); {@code NAMED} for the role of
 *                 the person named right after it (President Reagan, Foreign Minister Eduard
 *                 Shevardnadze), and nothing when no known holder follows
 * @param language ru or en
 * @param phrase   the words, nominative, with an optional {country} or {adj} placeholder
 */
public record TitleTemplate(String code, String country, String language, String phrase) {
    public static final String ANY_COUNTRY = "*";
    public static final String HOME_COUNTRY = "HOME";
    public static final String NAMED_PERSON = "NAMED";

    static List<TitleTemplate> load() {
        return TsvTable.read("/kb/titles.tsv").rows().stream()
                .map(row -> new TitleTemplate(row.require("role_code"), row.require("country"), row.require("language"),
                        row.require("phrase")))
                .toList();
    }
}
