package io.wirewatch.extract.link;

import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.KbEntity;
import io.wirewatch.kb.KnowledgeBase;
import io.wirewatch.kb.TitleTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The title phrases of the knowledge base, expanded: each template is filled in with the names
 * and adjectives of every country that has holders of the role, and indexed in a case-insensitive
 * {@link Gazetteer} whose targets are role references.
 */
final class TitleIndex {
    /**
     * A role named by a phrase: code and country; country null means the article's own country,
     * {@code named} the country of the person named after the phrase (President Reagan).
     */
    record RoleRef(String code, String country, boolean named) {
        RoleRef(String code, String country) {
            this(code, country, false);
        }

        /** The role's id in an article from {@code home}, or null when the phrase alone cannot say. */
        String roleId(String home) {
            String c = country != null ? country : named ? null : home;
            return c == null ? null : c + "." + code;
        }
    }

    private TitleIndex() {
    }

    static Gazetteer<RoleRef> build(KnowledgeBase kb) {
        Map<String, KbEntity> countries = new HashMap<>();
        for (KbEntity entity : kb.entities()) {
            if (entity.kind() == EntityKind.COUNTRY) {
                countries.put(entity.country(), entity);
            }
        }
        Gazetteer<RoleRef> titles = new Gazetteer<>();
        for (TitleTemplate template : kb.titleTemplates()) {
            switch (template.country()) {
                case TitleTemplate.HOME_COUNTRY -> add(titles, template.phrase(), new RoleRef(template.code(), null));
                case TitleTemplate.NAMED_PERSON -> add(titles, template.phrase(), new RoleRef(template.code(), null, true));
                case TitleTemplate.ANY_COUNTRY -> {
                    for (String roleId : kb.roleIds()) {
                        String[] parts = roleId.split("\\.", 2);
                        KbEntity country = countries.get(parts[0]);
                        if (parts[1].equals(template.code()) && country != null) {
                            expand(titles, kb, template, country);
                        }
                    }
                }
                default -> add(titles, template.phrase(), new RoleRef(template.code(), template.country()));
            }
        }
        return titles;
    }

    private static void expand(Gazetteer<RoleRef> titles, KnowledgeBase kb, TitleTemplate template, KbEntity country) {
        RoleRef role = new RoleRef(template.code(), country.country());
        boolean russian = "ru".equals(template.language());
        List<String> names = russian ? country.aliasesRu() : country.aliasesEn();
        if (template.phrase().contains("{country}")) {
            names.forEach(name -> add(titles, template.phrase().replace("{country}", name), role));
        }
        if (template.phrase().contains("{adj}")) {
            kb.countryAdjectives(country.country(), template.language())
                    .forEach(adjective -> add(titles, template.phrase().replace("{adj}", adjective), role));
        }
    }

    private static void add(Gazetteer<RoleRef> titles, String phrase, RoleRef role) {
        titles.add(phrase, role, false, false, false);
    }
}
