package io.wirewatch.extract.ner.model;

import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.KbEntity;
import io.wirewatch.kb.KnowledgeBase;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * English aliases for the knowledge base's people from the PETRARCH2 Phoenix actor lists, where the
 * actor is confirmed to be the person: one of the actor's names is the person's English name or an
 * alias of it (Sergey Lavrov), and one of its codes is of the person's country ([RUSGOV ...]). The
 * actor's other names, titles before them dropped, are the aliases (Sergey V. Lavrov, Binyamin
 * Netanyahu, Dmitri Medvedev): full names of two words or more, letters only, none a title and
 * none the knowledge base holds already, with the person's surname last and the person's first name
 * first, spelt alike (two letters apart at most: Dimitri, Dmitry), so that another person the list
 * writes beside the actor (Bill Clinton by Hillary Clinton) or a title it does not know (Kanzler
 * Merkel) stays out. Reads the actors ({@link PhoenixActors}) and the
 * knowledge base; produces the person's English name → new aliases, in name order.
 */
public final class PhoenixAliases {
    private static final Set<String> PARTICLES = Set.of("da", "de", "do", "dos", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le");

    private PhoenixAliases() {
    }

    /** @param kb the knowledge base without these aliases ({@link KnowledgeBase#withoutDerivedAliases()}) */
    public static Map<String, Set<String>> of(List<PhoenixActors.Actor> actors, Set<String> titles, KnowledgeBase kb) {
        Map<String, Set<String>> aliases = new TreeMap<>();
        for (KbEntity person : kb.entities()) {
            if (person.kind() != EntityKind.PERSON || person.country() == null) {
                continue;
            }
            Set<String> known = new LinkedHashSet<>();
            person.aliasesEn().forEach(alias -> known.add(PhoenixActors.words(alias, Set.of())));
            for (PhoenixActors.Actor actor : actors) {
                if (isThePerson(actor, person, known, titles)) {
                    for (String name : actor.names()) {
                        String words = PhoenixActors.words(name, titles);
                        if (isFullName(words, titles) && isSpeltLike(words, known) && known.add(words)) {
                            aliases.computeIfAbsent(person.nameEn(), k -> new LinkedHashSet<>()).add(written(words));
                        }
                    }
                }
            }
        }
        return aliases;
    }

    private static boolean isThePerson(PhoenixActors.Actor actor, KbEntity person, Set<String> known, Set<String> titles) {
        return actor.type().equals("PER") && actor.codes().stream().anyMatch(code -> code.startsWith(person.country()))
                && actor.names().stream().anyMatch(name -> known.contains(PhoenixActors.words(name, titles)));
    }

    /** The surname of one of the person's names last, its first name (or one spelt alike) first. */
    private static boolean isSpeltLike(String words, Set<String> known) {
        String[] parts = words.split(" ");
        for (String name : known) {
            String[] own = folded(name).split(" ");
            boolean surname = own[own.length - 1].equals(parts[parts.length - 1]);
            if (own.length > 1 && surname && (own[0].equals(parts[0]) || alike(own[0], parts[0]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean alike(String a, String b) {
        return Math.min(a.length(), b.length()) >= 5 && editDistance(a, b) <= 2;
    }

    private static String folded(String words) {
        return java.text.Normalizer.normalize(words, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                current[j] = Math.min(previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1), Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.length()];
    }

    /** Two words or more, letters, dots, hyphens and apostrophes only, no title among them. */
    private static boolean isFullName(String words, Set<String> titles) {
        String[] parts = words.split(" ");
        if (parts.length < 2 || !words.matches("[a-z][a-z .'\\-]*[a-z.]")) {
            return false;
        }
        for (String part : parts) {
            if (titles.contains(part) || part.equals("administration") || part.equals("government")) {
                return false;
            }
        }
        return true;
    }

    /** Sergey V. Lavrov, Luiz Inacio Lula da Silva: capitalized words, particles in small letters, dots kept to their letter. */
    static String written(String words) {
        StringBuilder out = new StringBuilder();
        for (String part : words.split(" ")) {
            if (part.equals(".")) {
                out.append('.');
                continue;
            }
            String word = PARTICLES.contains(part) && out.length() > 0 ? part
                    : Character.toUpperCase(part.charAt(0)) + part.substring(1);
            out.append(out.length() == 0 ? "" : " ").append(word);
        }
        for (int i = 1; i < out.length(); i++) {
            if (out.charAt(i - 1) == '-') {
                out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
            }
        }
        return out.toString();
    }
}
