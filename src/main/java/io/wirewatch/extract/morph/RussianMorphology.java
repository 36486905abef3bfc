package io.wirewatch.extract.morph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Russian lemmas from the morfologik dictionary shipped in LanguageTool's {@code language-ru}
 * (AOT data, LGPL): every reading of a word form, looked up lower-cased with ё folded to е.
 * Thread-safe; results are cached per form.
 */
public final class RussianMorphology {
    private static final String DICTIONARY = "/org/languagetool/resource/ru/russian.dict";
    /** LanguageTool's spelling dictionary: word forms as written (proper nouns capitalized), KOI8-R, "form+frequency". */
    private static final String SPELLING = "/org/languagetool/resource/ru/hunspell/ru_RU.dict";
    private static final java.nio.charset.Charset SPELLING_CHARSET = java.nio.charset.Charset.forName("KOI8-R");
    private static final RussianMorphology INSTANCE = new RussianMorphology();

    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookups;
    private final FormCache<List<Reading>> readings = new FormCache<>(this::lookUp);
    private final FormCache<Set<String>> lemmas = new FormCache<>(this::lemmasOf);
    private final morfologik.fsa.FSA spelling;
    private final FormCache<Boolean> properNouns = new FormCache<>(this::spelledCapitalized);

    /** One reading of a word form: its lemma and the dictionary's tag (NN:Anim:Masc:Sin:R...). */
    public record Reading(String lemma, String tag) {
        /** A first name, surname or patronymic. */
        public boolean isPersonalName() {
            return tag.contains(":Name") || tag.contains(":Fam") || tag.contains(":Patr");
        }

        /** A first name (Сергей, Лонгин), not a surname or patronymic. */
        public boolean isFirstName() {
            return tag.contains(":Name");
        }

        public boolean isNominative() {
            return tag.endsWith(":Nom") || tag.contains(":Nom:") || tag.startsWith("ABR");
        }

        public boolean isGenitive() {
            return tag.endsWith(":R") || tag.contains(":R:");
        }
    }

    private RussianMorphology() {
        URL url = RussianMorphology.class.getResource(DICTIONARY);
        if (url == null) {
            throw new IllegalStateException("the Russian dictionary " + DICTIONARY + " is not on the classpath");
        }
        try {
            dictionary = Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Russian dictionary " + DICTIONARY, e);
        }
        lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
        try {
            spelling = Dictionary.read(RussianMorphology.class.getResource(SPELLING)).fsa;
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read the Russian spelling dictionary " + SPELLING, e);
        }
    }

    /**
     * Whether the spelling dictionary holds the word capitalized (Екатеринбург, Путин, but not
     * Стол): a proper noun, or a word that is also one.
     */
    public boolean isProperNoun(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return false;
        }
        return properNouns.get(Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT));
    }

    private boolean spelledCapitalized(String capitalized) {
        return SPELLING_CHARSET.newEncoder().canEncode(capitalized)
                && new morfologik.fsa.FSATraversal(spelling).match((capitalized + "+").getBytes(SPELLING_CHARSET)).kind
                == morfologik.fsa.MatchResult.SEQUENCE_IS_A_PREFIX;
    }

    private static final FormMemo<Boolean> ADJECTIVE_FORMS = new FormMemo<>(keys -> get().isAdjective(keys.get(0)));

    public static RussianMorphology get() {
        return INSTANCE;
    }

    /** Lower case with ё folded to е: the form every lookup and comparison uses. */
    public static String normalize(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** Every reading of the form; empty when the dictionary does not know it. */
    public List<Reading> readings(String word) {
        return readings.get(normalize(word));
    }

    /** The dictionary knows the form, and every reading of it passes the test (every one an adjective, say). */
    public boolean everyReading(String word, java.util.function.Predicate<Reading> test) {
        List<Reading> found = readings(word);
        return !found.isEmpty() && found.stream().allMatch(test);
    }

    /** The dictionary knows the form, and every reading of it is an adjective (российский, Мариинского is not: also a surname). */
    public boolean isAdjective(String word) {
        return everyReading(word, r -> r.tag().startsWith("ADJ"));
    }

    /** {@link #isAdjective(String)} of a text word by its keys, worked out once per form and kept on them. */
    public static boolean isAdjective(WordKeys keys) {
        return ADJECTIVE_FORMS.of(keys);
    }

    private List<Reading> lookUp(String form) {
        List<Reading> found = new ArrayList<>(4);
        for (WordData data : lookups.get().lookup(form)) {
            found.add(new Reading(data.getStem().toString(), data.getTag() == null ? "" : data.getTag().toString()));
        }
        return List.copyOf(found);
    }

    /** The lemma of the first reading (normalized), or the normalized form when the dictionary lacks it. */
    public String firstLemma(String word) {
        List<Reading> found = readings(word);
        return normalize(found.isEmpty() ? word : found.get(0).lemma());
    }

    /** The distinct lemmas of every reading (normalized); cached per form. */
    public Set<String> lemmas(String word) {
        return lemmas.get(word);
    }

    /** Whether one of the form's lemmas is in the set (a descriptor, a reporting verb…). */
    public boolean hasLemmaIn(String word, Set<String> lemmaSet) {
        for (String lemma : lemmas(word)) {
            if (lemmaSet.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> lemmasOf(String word) {
        Set<String> found = new LinkedHashSet<>();
        for (Reading reading : readings(word)) {
            found.add(normalize(reading.lemma()));
        }
        return java.util.Collections.unmodifiableSet(found);
    }
}
