package io.wirewatch.extract.ner.rules;

import io.wirewatch.extract.morph.FormMemo;
import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.text.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lexicon of organisation descriptors (правительство, мэрия, министерство, компания...) and
 * the phrase around one, for the rules that grow a name back over its descriptor. Reads a sentence's
 * words; says whether a word is a descriptor, and where a descriptor phrase before a name begins:
 * the descriptor, its lower-case genitive complements (Министерству торговли КНР) and the adjectives
 * or ordinals qualifying it (Национальный банк, 16-й армии).
 */
final class DescriptorWords {
    private static final Set<String> DESCRIPTORS = Set.of(
            "правительство", "мэрия", "министерство", "минфин", "руководство", "делегация", "посольство",
            "консульство", "парламент", "администрация", "комитет", "комиссия", "совет", "суд", "прокуратура",
            "полиция", "армия", "сборная", "команда", "компания", "корпорация", "банк", "фонд", "партия",
            "движение", "союз", "ассоциация", "агентство", "служба", "ведомство", "департамент", "управление",
            "университет", "институт", "академия", "театр", "музей", "клуб", "кабинет", "обком", "горком",
            "дума", "собрание", "экипаж", "отделение", "штаб", "концерн", "холдинг", "завод", "комбинат",
            "газета", "телеканал", "радиостанция", "мид", "минобороны", "правление", "президиум", "сенат",
            "конгресс", "генпрокуратура", "ассамблея", "организация", "федерация", "группа", "сеть", "издание",
            "интернет-издание", "интернет-ресурс", "канал", "фракция", "журнал", "еженедельник", "центр", "издательство",
            "объединение", "фирма", "коалиция", "лаборатория", "труппа", "экспедиция",
            "профсоюз", "представительство", "дипмиссия", "политбюро", "производитель", "электростанция", "канцелярия", "цех");
    /** Descriptors for an organisation's people: with another organisation's name they are that organisation's. */
    private static final Set<String> PEOPLE_OF = Set.of("руководство", "делегация");
    private static final int MAX_COMPLEMENT = 3;
    static final int MAX_ADJECTIVES = 2;
    private static final Pattern NUMERIC_ORDINAL = Pattern.compile("\\d+-(й|я|е|го|му|м|х|ой|ая|ое|ые|ых|ого|ому)");

    private DescriptorWords() {
    }

    /** {@link #isDescriptor(String)} of a word form, worked out once per form and kept on its keys. */
    private static final FormMemo<Boolean> DESCRIPTOR_FORMS = new FormMemo<>(keys -> isDescriptor(keys.get(0)));

    /** {@link #isDescriptor(String)} of a token's word, read back from its form's keys. */
    static boolean isDescriptor(Token token) {
        return DESCRIPTOR_FORMS.of(token.keys());
    }

    /** A descriptor, or a compound ending in one (интернет-издания, PR-служба, пресс-служба). */
    static boolean isDescriptor(String word) {
        if (RussianMorphology.get().hasLemmaIn(word, DESCRIPTORS)) {
            return true;
        }
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && RussianMorphology.get().hasLemmaIn(word.substring(hyphen + 1), DESCRIPTORS);
    }

    /** руководства, делегации: a descriptor for an organisation's people, not a body of its own. */
    static boolean isPeopleOf(String word) {
        return RussianMorphology.get().hasLemmaIn(word, PEOPLE_OF);
    }

    /** Index of a descriptor before {@code start}, with only lower-case genitive complements between; -1 if none. */
    static int descriptorBefore(String[] words, int start, int limit) {
        for (int d = start - 1; d >= Math.max(limit, start - 1 - MAX_COMPLEMENT); d--) {
            String word = words[d];
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                return -1;
            }
            if (isDescriptor(word)) {
                return d;
            }
            if (Character.isUpperCase(word.charAt(0)) || !isGenitiveComplement(word)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Национальный банк, Верховного народного собрания, российском министерстве финансов, 16-й
     * армии: up to {@value #MAX_ADJECTIVES} adjectives or ordinals right before a descriptor belong
     * to the name, from the first that is capitalized or qualifies it (see {@link #isQualifying});
     * pronouns and comparatives stay out (этой компании, нынешнее руководство).
     */
    static int withAdjectivesBefore(String[] words, int descriptor, int limit) {
        int start = descriptor;
        while (start - 1 >= limit && descriptor - start < MAX_ADJECTIVES && !words[start - 1].isEmpty()
                && isModifier(words[start - 1])) {
            start--;
        }
        while (start < descriptor && !Character.isUpperCase(words[start].charAt(0)) && !isQualifying(words[start])) {
            start++;
        }
        return start;
    }

    /**
     * Complements between descriptor and name are nouns and adjectives in the genitive (иностранных
     * дел), not verbs, prepositions or another case (кабинета министров глава правительства).
     */
    static boolean isGenitiveComplement(String word) {
        List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(word);
        return !readings.isEmpty() && readings.stream().allMatch(r -> r.tag().startsWith("NN") || r.tag().startsWith("ADJ"))
                && readings.stream().anyMatch(RussianMorphology.Reading::isGenitive);
    }

    /** An adjective or an ordinal (семнадцатой, 13-й) before a descriptor, or a word that may be read as one (московского). */
    private static boolean isModifier(String word) {
        return Character.isLetterOrDigit(word.charAt(0)) && (isQualifying(word) || RussianMorphology.get().isAdjective(word));
    }

    /**
     * Государственный департамент, японское правительство: a full adjective or an ordinal, never a
     * pronoun's (этот, свой) or a comparative's (нынешнее). A form that also reads as a noun or a
     * surname qualifies only as a relational adjective in -ский, -цкий, the kind made from the name
     * of a place or a people (московского, Русской), not новой or главой.
     */
    private static boolean isQualifying(String word) {
        if (NUMERIC_ORDINAL.matcher(word).matches()) {
            return true;
        }
        List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(word);
        if (!readings.isEmpty() && readings.stream().allMatch(DescriptorWords::isPositiveOrOrdinal)) {
            return true;
        }
        return readings.stream().anyMatch(r -> isPositiveOrOrdinal(r) && (r.lemma().endsWith("ский") || r.lemma().endsWith("цкий")))
                && readings.stream().allMatch(r -> isPositiveOrOrdinal(r) || r.tag().startsWith("NN"));
    }

    private static boolean isPositiveOrOrdinal(RussianMorphology.Reading reading) {
        return reading.tag().startsWith("ADJ:Posit") || reading.tag().startsWith("Ord");
    }
}
