package io.wirewatch.extract.ner.rules;

import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * An organisation named by a capitalized adjective and a descriptor inside a sentence (Верховного
 * народного собрания, Конституционного суда, Атлантический альянс, Национального фронта,
 * Президентского центра наследия): one ORG from the adjective over at most {@value #MAX_ADJECTIVES}
 * lower-case adjectives, the descriptor and its lower-case genitive complements, and over a
 * place or organisation found right after it (Верховный суд Бангладеша). In factRuEval's devset
 * seven such phrases in ten inside a sentence start an organisation. First in a sentence or
 * clause, where the capital says nothing, about half do (Лондонская полиция, Военная хунта, but
 * Японская полиция is none): taken too, since a phrase right half the time still finds more than
 * it costs, but not in the plural, which names a kind of body (Правозащитные организации). A federation or union so named is a country (Российской
 * Федерации, Советского Союза), left to the knowledge base. A capitalized descriptor with no
 * adjective is one too when a complement follows it, genitive or of purpose (Союз координационных
 * советов, Комитета по иностранным делам; not В Сети). Reads one sentence's words and names; adds
 * a phrase only where the finder found nothing on it.
 */
public final class CapitalizedBodies implements NameRule {
    private static final int MAX_ADJECTIVES = 2;
    private static final int MAX_COMPLEMENTS = 2;
    /** Heads that name a body only with a capitalized adjective before them: not descriptors on their own. */
    private static final Set<String> HEADS = Set.of("фронт", "альянс", "хунта", "биржа", "палата", "церковь", "патриархия",
            "трибунал", "лига", "инспекция");
    private static final Set<String> PLACE_LIKE = Set.of("федерация", "союз");
    private static final Set<String> PURPOSE = Set.of("по", "против", "за");
    private static final String OPENING = "«„\"“(—–-:";

    public CapitalizedBodies() {
    }

    @Override
    public List<Found> apply(String[] words, List<Found> found) {
        List<Found> names = null;
        for (int i = 0; i < words.length; i++) {
            boolean byAdjective = isCapitalizedAdjective(words[i]);
            if (!(i > 0 && startsInside(words, i)) && !(byAdjective && isSingular(words[i]))) {
                continue;
            }
            int head = byAdjective ? headAfter(words, i) : isCapitalizedHead(words[i]) ? i : -1;
            if (head < 0) {
                continue;
            }
            int end = head + 1;
            while (end < words.length && end <= head + MAX_COMPLEMENTS && isLowerCaseGenitive(words[end])) {
                end++;
            }
            if (!byAdjective && end == head + 1) {
                end = prepositionalComplementEnd(words, end);
                if (end == head + 1) {
                    continue;
                }
            }
            List<Found> current = names == null ? found : names;
            int from = i;
            int to = end;
            if (current.stream().anyMatch(name -> name.start() < to && from < name.end())) {
                continue;
            }
            for (Found name : current) {
                if (name.start() == to && !name.type().equals("PER")) {
                    end = name.end();
                }
            }
            if (names == null) {
                names = new ArrayList<>(found);
            }
            int until = end;
            names.removeIf(name -> name.start() >= to && name.end() <= until);
            names.add(new Found(i, end, "ORG", 0));
            i = end - 1;
        }
        if (names == null) {
            return found;
        }
        names.sort(Comparator.comparingInt(Found::start));
        return names;
    }

    /** Not first in the sentence or clause, where any word is capitalized. */
    private static boolean startsInside(String[] words, int i) {
        String previous = words[i - 1];
        return !previous.isEmpty() && OPENING.indexOf(previous.charAt(0)) < 0 && !".!?…".contains(previous);
    }

    /** Лондонская, not Правозащитные: an adjective with a singular reading. */
    private static boolean isSingular(String word) {
        return RussianMorphology.get().readings(word).stream().anyMatch(r -> !r.tag().contains(":PL"));
    }

    /** Конституционного, Атлантический: capitalized, the rest lower case, an adjective and no personal name. */
    private static boolean isCapitalizedAdjective(String word) {
        if (word.length() < 3 || !Token.isTitleCase(word)) {
            return false;
        }
        List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(word);
        return readings.stream().anyMatch(r -> r.tag().startsWith("ADJ:Posit") || r.tag().startsWith("Ord"))
                && readings.stream().noneMatch(RussianMorphology.Reading::isPersonalName);
    }

    /** Союз, Комитета, Палату: a capitalized descriptor, the rest lower case; not a federation or union of states. */
    private static boolean isCapitalizedHead(String word) {
        return word.length() >= 3 && Token.isTitleCase(word) && isHead(word);
    }

    /** A descriptor (суд, комитет) or a head that names a body only after a capitalized adjective (фронт, альянс). */
    static boolean isHead(String word) {
        return DescriptorWords.isDescriptor(word) || RussianMorphology.get().hasLemmaIn(word, HEADS);
    }

    /**
     * Комитета по иностранным делам, Движения против нелегальной иммиграции: a preposition of
     * purpose and up to {@value #MAX_COMPLEMENTS} lower-case words ending in a noun; where it ends,
     * or {@code from} when there is none.
     */
    private static int prepositionalComplementEnd(String[] words, int from) {
        if (from + 1 >= words.length || !PURPOSE.contains(words[from])) {
            return from;
        }
        int end = from;
        for (int j = from + 1; j < words.length && j <= from + MAX_COMPLEMENTS; j++) {
            String word = words[j];
            if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
                break;
            }
            List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(word);
            if (readings.isEmpty() || !readings.stream().allMatch(r -> r.tag().startsWith("NN") || r.tag().startsWith("ADJ"))) {
                break;
            }
            if (readings.stream().anyMatch(r -> r.tag().startsWith("NN"))) {
                end = j + 1;
            }
        }
        return end;
    }

    /** The descriptor after the adjective and up to {@value #MAX_ADJECTIVES} lower-case adjectives, or -1. */
    private static int headAfter(String[] words, int adjective) {
        for (int j = adjective + 1; j < words.length && j <= adjective + 1 + MAX_ADJECTIVES; j++) {
            String word = words[j];
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                return -1;
            }
            if (isHead(word)) {
                return RussianMorphology.get().hasLemmaIn(word, PLACE_LIKE) ? -1 : j;
            }
            if (!Character.isLowerCase(word.charAt(0)) || !RussianMorphology.get().isAdjective(word)) {
                return -1;
            }
        }
        return -1;
    }

    /** наследия, культурологии: a lower-case noun or adjective that can be genitive. */
    private static boolean isLowerCaseGenitive(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && DescriptorWords.isGenitiveComplement(word);
    }
}
