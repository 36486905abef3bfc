package io.wirewatch.extract.ner;

import io.wirewatch.extract.RussianMorphology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Корабля « Союз », шаттла « Дискавери », телескоп Хаббл: a name written after a word for a craft
 * or vehicle, in quotes or in apposition (a word the dictionary does not know), is the craft's,
 * not an organisation's or a person's, and it stays the craft's wherever else the document writes
 * it (следующего « Союза », « Союз ТМА-11 »). Reads every sentence's words and names of one
 * document; returns the names without those that begin with a craft's name (compared by
 * {@link DocumentConsistency#stem}).
 */
public final class CraftNames {
    private static final Set<String> CRAFTS = Set.of("корабль", "шаттл", "челнок", "автомобиль", "модуль", "грузовик",
            "самолёт", "самолет", "ракета", "спутник", "лайнер", "судно", "подлодка", "авианосец", "крейсер", "телескоп",
            "марсоход", "зонд");
    private static final String OPENING = "«„\"“";

    private CraftNames() {
    }

    public static List<List<StatisticalNameFinder.Found>> apply(List<String[]> sentences, List<List<StatisticalNameFinder.Found>> found) {
        Set<String> crafts = new HashSet<>();
        for (String[] words : sentences) {
            for (int i = 0; i + 1 < words.length; i++) {
                boolean quoted = isOpening(words[i + 1]);
                int name = quoted ? i + 2 : i + 1;
                if (name < words.length && startsUpperCase(words[name]) && isCraft(words[i]) && (quoted || isUnknown(words[name]))) {
                    crafts.add(DocumentConsistency.stem(words[name]));
                }
            }
        }
        if (crafts.isEmpty()) {
            return found;
        }
        List<List<StatisticalNameFinder.Found>> result = new ArrayList<>(found.size());
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            result.add(found.get(s).stream().filter(n -> !crafts.contains(DocumentConsistency.stem(words[n.start()]))).toList());
        }
        return result;
    }

    private static boolean isCraft(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && RussianMorphology.get().hasLemmaIn(word, CRAFTS);
    }

    /**
     * Хаббл, Дискавери: a craft's name in apposition is a word the dictionary does not know; a word
     * it knows is the owner's (самолёт Аэрофлота) or the crew's (командир корабля Юрий Маленченко).
     */
    private static boolean isUnknown(String word) {
        return RussianMorphology.get().readings(word).isEmpty();
    }

    private static boolean isOpening(String word) {
        return word.length() == 1 && OPENING.indexOf(word.charAt(0)) >= 0;
    }

    private static boolean startsUpperCase(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
