package io.wirewatch.extract.morph;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The comparison keys of a word: its lower-cased form (ё folded) and, for Russian, its lemmas.
 * A text word and a name's word match when their keys meet, so Франции matches Франция and
 * Кремлем matches Кремль. For names, only nominative readings count (a name is written in the
 * nominative), which keeps Песков from matching песка; unknown names get their generated case forms.
 */
public final class TokenKeys {
    private TokenKeys() {
    }

    private static final FormCache<WordKeys> TEXT_KEYS = new FormCache<>(TokenKeys::textKeys);

    /** Keys of a word in running text: every reading counts. Cached per form. */
    public static WordKeys ofText(String word) {
        return TEXT_KEYS.get(word);
    }

    private static WordKeys textKeys(String word) {
        Set<String> keys = new LinkedHashSet<>(4);
        String form = RussianMorphology.normalize(word);
        keys.add(form);
        if (isCyrillic(form)) {
            keys.addAll(RussianMorphology.get().lemmas(form));
        }
        return WordKeys.of(keys);
    }

    /** Keys of a word of a name given in the nominative. */
    public static Set<String> ofName(String word, boolean inflectAsName, boolean female) {
        Set<String> keys = new LinkedHashSet<>(4);
        String form = RussianMorphology.normalize(word);
        keys.add(form);
        if (!isCyrillic(form)) {
            return keys;
        }
        List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(form);
        boolean nominative = false;
        for (RussianMorphology.Reading reading : readings) {
            if (reading.isNominative()) {
                keys.add(RussianMorphology.normalize(reading.lemma()));
                nominative = true;
            }
        }
        if (!nominative && !readings.isEmpty() && !inflectAsName) {
            readings.forEach(r -> keys.add(RussianMorphology.normalize(r.lemma())));
        }
        if (readings.isEmpty() || inflectAsName) {
            keys.addAll(NameInflector.forms(form, female));
        }
        return keys;
    }

    public static boolean isCyrillic(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'Ѐ' && c <= 'ӿ') {
                return true;
            }
        }
        return false;
    }
}
