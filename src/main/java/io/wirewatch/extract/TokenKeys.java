package io.wirewatch.extract;

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

    private static final int CACHE_LIMIT = 200_000;
    private static final java.util.Map<String, Set<String>> TEXT_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Keys of a word in running text: every reading counts. Cached per form. */
    public static Set<String> ofText(String word) {
        Set<String> known = TEXT_KEYS.get(word);
        if (known != null) {
            return known;
        }
        Set<String> keys = textKeys(word);
        if (TEXT_KEYS.size() < CACHE_LIMIT) {
            TEXT_KEYS.put(word, keys);
        }
        return keys;
    }

    private static Set<String> textKeys(String word) {
        Set<String> keys = new LinkedHashSet<>(4);
        String form = RussianMorphology.normalize(word);
        keys.add(form);
        if (isCyrillic(form)) {
            keys.addAll(RussianMorphology.get().lemmas(form));
        }
        return java.util.Collections.unmodifiableSet(keys);
    }

    /** Keys of a word of a name given in the nominative. */
    static Set<String> ofName(String word, boolean inflectAsName, boolean female) {
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

    static boolean isCyrillic(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'Ѐ' && c <= 'ӿ') {
                return true;
            }
        }
        return false;
    }
}
