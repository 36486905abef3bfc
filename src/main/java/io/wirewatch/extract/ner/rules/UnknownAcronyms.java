package io.wirewatch.extract.ner.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Cyrillic acronym the finder left untagged (ДПНИ, ОФДД, ГУВД, ХАЭС) names an organisation: in
 * factRuEval's devset an all-capitals word of three to six letters is an organisation or a place
 * nearly always, and the places among them are countries (США, КНР), left to the knowledge base,
 * whose names also win over this guess where they overlap. Common abbreviations that name no one
 * (СМИ, ДТП, ВВП) and legal forms, which come before a name (ОАО «Газпром»), are not acronyms of
 * a name; an organisation the finder found on one of those alone is dropped (СМИ сообщали, ПАО).
 * Reads one sentence's words and names; returns the names with these added.
 */
public final class UnknownAcronyms implements NameRule {
    private static final Pattern ACRONYM = Pattern.compile("[А-ЯЁ]{3,6}");
    private static final Set<String> NOT_NAMES = Set.of(
            "СМИ", "СМС", "ДТП", "ВИЧ", "СПИД", "ВВП", "НДС", "СПО", "ЖКХ", "ДНК", "РНК",
            "ОАО", "ЗАО", "ООО", "ПАО", "ГУП", "ФГУП", "МУП", "НКО", "НИИ", "ВУЗ", "ТЭЦ", "АЭС", "ГЭС",
            "США", "КНР", "СССР", "ФРГ", "ОАЭ", "ЮАР", "КНДР", "ДНР", "ЛНР");

    public UnknownAcronyms() {
    }

    @Override
    public List<Found> apply(String[] words, List<Found> tagged) {
        List<Found> found = tagged.stream()
                .filter(n -> !n.type().equals("ORG") || n.end() - n.start() > 1 || !NOT_NAMES.contains(words[n.start()])).toList();
        List<Found> names = found.size() == tagged.size() ? null : new ArrayList<>(found);
        for (int i = 0; i < words.length; i++) {
            int word = i;
            if (!ACRONYM.matcher(words[i]).matches() || NOT_NAMES.contains(words[i])
                    || found.stream().anyMatch(name -> name.start() <= word && word < name.end())) {
                continue;
            }
            if (names == null) {
                names = new ArrayList<>(found);
            }
            names.add(new Found(i, i + 1, "ORG", 0));
        }
        if (names == null) {
            return found;
        }
        names.sort(Comparator.comparingInt(Found::start));
        return names;
    }
}
