package io.wirewatch.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final int CACHE_LIMIT = 200_000;
    private static final RussianMorphology INSTANCE = new RussianMorphology();

    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookups;
    private final Map<String, List<Reading>> cache = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> lemmaCache = new ConcurrentHashMap<>();
    private final morfologik.fsa.FSA spelling;
    private final Map<String, Boolean> properNouns = new ConcurrentHashMap<>();

    /** One reading of a word form: its lemma and the dictionary's tag (NN:Anim:Masc:Sin:R...). */
    public record Reading(String lemma, String tag) {
        public boolean isNominative() {
            return tag.endsWith(":Nom") || tag.contains(":Nom:") || tag.startsWith("ABR");
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
        String capitalized = Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
        Boolean known = properNouns.get(capitalized);
        if (known == null) {
            known = SPELLING_CHARSET.newEncoder().canEncode(capitalized)
                    && new morfologik.fsa.FSATraversal(spelling).match((capitalized + "+").getBytes(SPELLING_CHARSET)).kind
                    == morfologik.fsa.MatchResult.SEQUENCE_IS_A_PREFIX;
            if (properNouns.size() < CACHE_LIMIT) {
                properNouns.put(capitalized, known);
            }
        }
        return known;
    }

    public static RussianMorphology get() {
        return INSTANCE;
    }

    /** Lower case with ё folded to е: the form every lookup and comparison uses. */
    public static String normalize(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** Every reading of the form; empty when the dictionary does not know it. */
    public List<Reading> readings(String word) {
        String form = normalize(word);
        List<Reading> known = cache.get(form);
        if (known != null) {
            return known;
        }
        List<Reading> readings = new ArrayList<>(4);
        for (WordData data : lookups.get().lookup(form)) {
            readings.add(new Reading(data.getStem().toString(), data.getTag() == null ? "" : data.getTag().toString()));
        }
        List<Reading> result = List.copyOf(readings);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(form, result);
        }
        return result;
    }

    /** The distinct lemmas of every reading (normalized); cached per form. */
    public Set<String> lemmas(String word) {
        Set<String> known = lemmaCache.get(word);
        if (known != null) {
            return known;
        }
        Set<String> lemmas = new LinkedHashSet<>();
        for (Reading reading : readings(word)) {
            lemmas.add(normalize(reading.lemma()));
        }
        Set<String> result = java.util.Collections.unmodifiableSet(lemmas);
        if (lemmaCache.size() < CACHE_LIMIT) {
            lemmaCache.put(word, result);
        }
        return result;
    }
}
