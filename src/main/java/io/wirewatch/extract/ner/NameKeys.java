package io.wirewatch.extract.ner;

import com.ibm.icu.text.Transliterator;
import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.morph.TokenKeys;
import io.wirewatch.extract.text.Token;
import io.wirewatch.kb.EntityKind;
import java.util.List;

/**
 * The key of a name the finder found (its words lemmatized, lower case: мэрии Москвы → мэрия москва,
 * Игорем Мельниковым → игорь мельников) and the spellings of an unknown entity's names made from it
 * (Latin letters, title case).
 */
public final class NameKeys {
    private static final Transliterator LATIN = Transliterator.getInstance("Russian-Latin/BGN");

    private NameKeys() {
    }

    /** The words' key: a person's words by their dictionary form as a name, other names' by their first lemma. */
    static String key(EntityKind kind, List<Token> words) {
        boolean oblique = kind == EntityKind.PERSON && words.stream().anyMatch(NameKeys::isObliqueFirstName);
        StringBuilder key = new StringBuilder();
        for (Token word : words) {
            if (word.isWord()) {
                String form = kind != EntityKind.PERSON ? lemma(word.text())
                        : oblique && isUnknown(word.text()) ? nominativeOfUnknownSurname(word.text()) : personLemma(word.text());
                key.append(key.length() == 0 ? "" : " ").append(form);
            }
        }
        return key.toString();
    }

    /** A first name the dictionary only knows in an oblique case here (Александра Брода, Игорем Мельниковым). */
    private static boolean isObliqueFirstName(Token word) {
        List<RussianMorphology.Reading> names = RussianMorphology.get().readings(word.text()).stream()
                .filter(r -> r.tag().contains(":Name:") && r.tag().contains(":Masc:")).toList();
        return !names.isEmpty() && names.stream().noneMatch(RussianMorphology.Reading::isNominative);
    }

    /** Not in the dictionary as a name (Мишарина; Брода, which it knows only as a ford). */
    private static boolean isUnknown(String word) {
        return TokenKeys.isCyrillic(word) && RussianMorphology.get().readings(word).stream()
                .noneMatch(RussianMorphology.Reading::isPersonalName);
    }

    /** Брода → брод, Мельниковым → мельников: a man's surname the dictionary lacks, back in the nominative. */
    private static String nominativeOfUnknownSurname(String word) {
        String w = RussianMorphology.normalize(word);
        for (String ending : new String[] {"ым", "ом", "ем", "а", "у", "е", "я", "ю"}) {
            if (w.length() > ending.length() + 2 && w.endsWith(ending)) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        return w;
    }

    /** A name's dictionary form; a woman's surname in the nominative stays as written (Ковалева). */
    private static String personLemma(String word) {
        List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(word);
        if (readings.stream().anyMatch(r -> r.tag().contains(":Fem:") && r.tag().endsWith(":Nom"))) {
            return RussianMorphology.normalize(word);
        }
        return readings.stream()
                .filter(RussianMorphology.Reading::isPersonalName)
                .map(r -> RussianMorphology.normalize(r.lemma())).findFirst()
                .orElse(RussianMorphology.normalize(word));
    }

    private static String lemma(String word) {
        return RussianMorphology.get().firstLemma(word);
    }

    /** Latin letters for a Russian name (BGN/PCGN, without the marks for ь and ъ). */
    public static String latin(String name) {
        return LATIN.transliterate(name).replace("ʹ", "").replace("ʺ", "");
    }

    /** Each word capitalized: сергей топалов → Сергей Топалов. */
    static String titleCase(String words) {
        StringBuilder out = new StringBuilder(words.length());
        boolean start = true;
        for (char c : words.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
