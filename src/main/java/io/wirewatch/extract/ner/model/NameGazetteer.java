package io.wirewatch.extract.ner.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The English name gazetteer ({@code ner/en-gazetteer.txt}, derived from the PETRARCH2 Phoenix
 * actor lists by {@code wirewatch train gazetteer}; MIT licence): people, places and organisations
 * as lower-case token sequences. Reads a sentence's words and produces, per word, the type of the
 * longest entry it begins or continues ({@code PER-B}, {@code LOC-I}...) and whether it is a first
 * or last word of a person's name anywhere in the list. An entry matches only from a capitalized
 * word to a capitalized word, so that common words the list also holds (turkey, chad) match only
 * where written as names. Immutable and thread-safe once loaded.
 */
public final class NameGazetteer {
    public static final String RESOURCE = "/ner/en-gazetteer.txt";
    /** Bits of a word's person classes. */
    public static final int FIRST_NAME = 1;
    public static final int LAST_NAME = 2;
    private static final byte PREFIX = 0;
    private static final List<String> PHOENIX_TYPES = List.of("PER", "LOC", "ORG");
    private static volatile NameGazetteer bundled;
    /** The types of entries, by code - 1. */
    private final List<String> types;
    /** A gazetteer of entries of these types. */
    NameGazetteer(List<String> types) {
        this.types = List.copyOf(types);
    }

    /** An empty gazetteer of Phoenix's types. */
    NameGazetteer() {
        this(PHOENIX_TYPES);
    }

    /** Every entry and every proper prefix of one, words joined by spaces: the entry's type index, or {@link #PREFIX}. */
    private final Map<String, Byte> phrases = new HashMap<>();
    private final Map<String, Integer> personWords = new HashMap<>();
    private int longest;

    /** The gazetteer shipped with Wirewatch, loaded once. */
    public static NameGazetteer bundled() {
        NameGazetteer gazetteer = bundled;
        if (gazetteer == null) {
            synchronized (NameGazetteer.class) {
                gazetteer = bundled;
                if (gazetteer == null) {
                    gazetteer = load();
                    bundled = gazetteer;
                }
            }
        }
        return gazetteer;
    }

    private static NameGazetteer load() {
        try (InputStream in = NameGazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath; make it with 'wirewatch train gazetteer'");
            }
            NameGazetteer gazetteer = new NameGazetteer(PHOENIX_TYPES);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    gazetteer.add(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            return gazetteer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + RESOURCE, e);
        }
    }

    /** Adds an entry: one of the gazetteer's types, words lower case and space-separated. */
    void add(String type, String words) {
        byte code = (byte) (types.indexOf(type) + 1);
        if (code <= 0) {
            throw new IllegalArgumentException("gazetteer type must be one of " + types + ": " + type);
        }
        String[] parts = words.split(" ");
        longest = Math.max(longest, parts.length);
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            prefix.append(i == 0 ? "" : " ").append(parts[i]);
            phrases.putIfAbsent(prefix.toString(), PREFIX);
        }
        Byte old = phrases.get(words);
        if (old == null || old == PREFIX) {
            phrases.put(words, code);
        }
        if ((type.equals("PER") || type.equals("PERSON")) && parts.length > 1) {
            personWords.merge(parts[0], FIRST_NAME, (a, b) -> a | b);
            personWords.merge(parts[parts.length - 1], LAST_NAME, (a, b) -> a | b);
        }
    }

    /** Per word, {@code TYPE-B} or {@code TYPE-I} of the longest entry covering it, or null. */
    public String[] label(String[] words, String[] lowerCase) {
        String[] labels = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            if (!isCapitalized(words[i]) || !phrases.containsKey(lowerCase[i])) {
                continue;
            }
            int end = -1;
            byte type = 0;
            StringBuilder phrase = new StringBuilder(lowerCase[i]);
            for (int j = i; j < words.length && j - i < longest; j++) {
                if (j > i) {
                    phrase.append(' ').append(lowerCase[j]);
                }
                Byte code = phrases.get(phrase.toString());
                if (code == null) {
                    break;
                }
                if (code != PREFIX && isCapitalized(words[j])) {
                    end = j + 1;
                    type = code;
                }
            }
            for (int j = i; j < end; j++) {
                labels[j] = types.get(type - 1) + (j == i ? "-B" : "-I");
            }
            i = Math.max(i, end - 1);
        }
        return labels;
    }

    /** Whether a lower-case word is a one-word entry or a word of a person's name. */
    public boolean isNameWord(String lowerCase) {
        Byte code = phrases.get(lowerCase);
        return code != null && code != PREFIX || personWords.containsKey(lowerCase);
    }

    /** {@link #FIRST_NAME} and {@link #LAST_NAME} bits of a lower-case word. */
    public int personClasses(String lowerCase) {
        return personWords.getOrDefault(lowerCase, 0);
    }

    private static boolean isCapitalized(String word) {
        return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)));
    }

    /** Entries and prefixes held, for diagnostics. */
    public int size() {
        return phrases.size();
    }
}
