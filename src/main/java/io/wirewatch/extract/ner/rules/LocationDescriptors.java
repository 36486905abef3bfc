package io.wirewatch.extract.ner.rules;

import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A place's name with the geographic term that factRuEval counts as part of it: the term before
 * the name (реку Нарву, порт Козьмино, мысе Канаверал, штат Калифорния), or after a name that is
 * an adjective (Кронштадтскому бульвару, Манежную площадь, Старом городе). A capitalized adjective
 * before a street term, or a capitalized word after a geographic term, is a place even where the
 * finder found nothing there (Манежной площади, реки Славянки). A settlement's name after its term
 * is a place with the term and the adjectives of place before it (лондонском районе Тоттенхэм),
 * but not a country in the genitive (городах России). A place the finder found in lower-case
 * words only (очередной, леди, британском учёном) is dropped: in factRuEval's devset such a
 * "place" is wrong far more often than not. Reads the finder's names of one sentence; returns
 * them with those places grown.
 */
public final class LocationDescriptors implements NameRule {
    private static final Set<String> BEFORE = Set.of("река", "мыс", "посёлок", "поселок", "порт", "озеро", "штат");
    private static final Set<String> AFTER = Set.of("бульвар", "площадь", "улица", "проспект", "переулок", "шоссе", "набережная", "город");
    private static final Set<String> SETTLEMENTS = Set.of("город", "городок", "район", "аэропорт");
    private static final Pattern PLACE_ADJECTIVE = Pattern.compile(
            "(\\p{L}\\p{Ll}+[сц]к|север\\p{Ll}*|юж\\p{Ll}*|запад\\p{Ll}*|восточ\\p{Ll}*|юго\\p{Ll}*)(ий|ой|ая|ое|ого|ому|ом|ую|ие|их|им|ими|ей|ый|ым|ые|ых|ыми)");
    private static final int MAX_PLACE_ADJECTIVES = 2;

    public LocationDescriptors() {
    }

    @Override
    public List<Found> apply(String[] words, List<Found> found) {
        List<Found> result = new ArrayList<>(found.size());
        int previousEnd = 0;
        for (int n = 0; n < found.size(); n++) {
            Found name = found.get(n);
            int nextStart = n + 1 < found.size() ? found.get(n + 1).start() : words.length;
            if (name.type().equals("LOC")) {
                if (isLowerCase(words, name)) {
                    continue;
                }
                int start = name.start() - 1 >= previousEnd && isTerm(words[name.start() - 1], BEFORE)
                        ? name.start() - 1 : name.start();
                int end = name.end() < nextStart && RussianMorphology.get().isAdjective(words[name.end() - 1])
                        && isTerm(words[name.end()], AFTER) ? name.end() + 1 : name.end();
                name = new Found(start, end, name.type(), name.probability());
            }
            result.add(name);
            previousEnd = name.end();
        }
        return withSettlementNames(words, withTermedPlaces(words, result));
    }

    /**
     * районе Тоттенхэм, город Дацин, аэропорту Рейган, городке Вейк-ан-Зее: the name right after a
     * settlement term is the settlement's, whatever the finder took it for, and factRuEval's place
     * runs from the term, or from the adjectives of place before it (лондонском районе Тоттенхэм,
     * северовосточный китайский город Дацин, Вашингтонском аэропорту Рейган). Not a name in the
     * genitive after a term in another case (крупнейший город Германии), nor a name inside a
     * longer one (Судом Партизанского района города Минска).
     */
    private static List<Found> withSettlementNames(String[] words, List<Found> found) {
        List<Found> names = found;
        for (int i = 0; i + 1 < words.length; i++) {
            int term = i;
            if (!startsUpperCase(words[i + 1]) || !isTerm(words[i], SETTLEMENTS) || namesAnotherPlace(words[i], words[i + 1])) {
                continue;
            }
            Found name = names.stream().filter(n -> n.start() == term + 1).findFirst()
                    .orElse(names.stream().noneMatch(n -> n.start() <= term + 1 && term + 1 < n.end()) && Token.isTitleCase(words[i + 1])
                            ? new Found(i + 1, i + 2, "LOC", 0) : null);
            if (name == null) {
                continue;
            }
            int start = term;
            while (start > 0 && term - start < MAX_PLACE_ADJECTIVES && PLACE_ADJECTIVE.matcher(words[start - 1]).matches()
                    && RussianMorphology.get().isAdjective(words[start - 1])) {
                start--;
            }
            Found adjective = names.stream().filter(n -> n.end() == term && n.type().equals("LOC")).findFirst().orElse(null);
            if (adjective != null && start == term) {
                start = adjective.start();
            }
            int from = start;
            List<Found> before = names.stream().filter(n -> n.start() < term + 1 && from < n.end() && n != adjective).toList();
            if (!before.isEmpty()) {
                continue;
            }
            names = new ArrayList<>(names);
            names.remove(name);
            names.remove(adjective);
            names.add(new Found(start, name.end(), "LOC", name.probability()));
            names.sort(Comparator.comparingInt(Found::start));
        }
        return names;
    }

    /** город Германии: a name in the genitive after a term in another case is not the term's own. */
    private static boolean namesAnotherPlace(String term, String name) {
        return RussianMorphology.get().readings(name).stream().anyMatch(RussianMorphology.Reading::isGenitive)
                && RussianMorphology.get().readings(term).stream().noneMatch(RussianMorphology.Reading::isGenitive);
    }

    /**
     * Манежной площади, Кронштадтскому бульвару, реки Славянки: a capitalized adjective before a
     * street term, or a capitalized word after a geographic term, is a place, whether the finder
     * missed it or took it for something else (an organisation, a person) within those two words.
     */
    private static List<Found> withTermedPlaces(String[] words, List<Found> found) {
        List<Found> names = found;
        for (int i = 0; i + 1 < words.length; i++) {
            int start = i;
            boolean street = startsUpperCase(words[i]) && isTerm(words[i + 1], AFTER) && (i == 0 || !words[i - 1].equals("«"))
                    && RussianMorphology.get().readings(words[i]).stream().anyMatch(r -> r.tag().startsWith("ADJ"));
            boolean termFirst = !street && startsUpperCase(words[i + 1]) && isTerm(words[i], BEFORE);
            if (!street && !termFirst) {
                continue;
            }
            List<Found> overlapping = names.stream()
                    .filter(name -> name.start() < start + 2 && start < name.end()).toList();
            if (overlapping.stream().anyMatch(name -> name.type().equals("LOC") || name.start() < start || name.end() > start + 2)) {
                continue;
            }
            names = new ArrayList<>(names);
            names.removeAll(overlapping);
            names.add(new Found(start, start + 2, "LOC", 0));
            names.sort(Comparator.comparingInt(Found::start));
        }
        return names;
    }

    /** очередной, леди, британском учёном: no word of it capitalized. */
    private static boolean isLowerCase(String[] words, Found name) {
        for (int i = name.start(); i < name.end(); i++) {
            if (!words[i].isEmpty() && !Character.isLowerCase(words[i].codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsUpperCase(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    private static boolean isTerm(String word, Set<String> terms) {
        return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && RussianMorphology.get().hasLemmaIn(word, terms);
    }
}
