package io.wirewatch.extract.ner;

import io.wirewatch.extract.ner.rules.NameWords;
import io.wirewatch.kb.EntityKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names found in an article grouped into entities, each group under its key (kind and
 * lemmatized name of its first member): reads the names in text order, produces the groups.
 */
final class NameGroups {
    private NameGroups() {
    }

    /**
     * Groups names into entities: same kind and key, a surname or first name alone after the full
     * name, or an organisation named with more words before its name (руководство партии «Яблоко»).
     */
    static Map<String, List<UnknownNames.Name>> group(List<UnknownNames.Name> names) {
        Map<String, List<UnknownNames.Name>> groups = new LinkedHashMap<>();
        for (UnknownNames.Name name : names) {
            String key = name.kind() + ":" + name.key();
            if (name.kind() == EntityKind.PERSON && name.key().contains(" ") && !groups.containsKey(key)) {
                key = groups.keySet().stream().filter(full -> stemmed(full).equals(stemmed(name.kind() + ":" + name.key())))
                        .findFirst().orElse(key);
            }
            if (name.kind() == EntityKind.ORGANIZATION && !groups.containsKey(key)) {
                key = groups.keySet().stream().filter(other -> sameOrganization(other, name.kind() + ":" + name.key()))
                        .findFirst().orElse(key);
            }
            if (name.kind() == EntityKind.PERSON && !name.key().contains(" ")) {
                for (String full : groups.keySet()) {
                    boolean person = full.startsWith(EntityKind.PERSON + ":");
                    String fullName = full.substring(full.indexOf(':') + 1);
                    if (person && (fullName.endsWith(" " + name.key()) || fullName.startsWith(name.key() + " "))) {
                        key = full;
                        break;
                    }
                }
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
        }
        return groups;
    }

    /** Руководство партии «Яблоко» and партии «Яблоко»: one organisation, named in more or fewer words. */
    private static boolean sameOrganization(String one, String other) {
        String prefix = EntityKind.ORGANIZATION + ":";
        return one.startsWith(prefix) && other.startsWith(prefix)
                && (one.endsWith(" " + other.substring(prefix.length())) || other.endsWith(" " + one.substring(prefix.length())));
    }

    /** Наото Кана and Наото Кан: one person, whatever case the article put the full name in. */
    private static String stemmed(String key) {
        StringBuilder out = new StringBuilder();
        for (String word : key.split(" ")) {
            out.append(NameWords.stem(word)).append(' ');
        }
        return out.toString();
    }
}
