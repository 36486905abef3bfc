package io.wirewatch.extract.ner.model;

import io.wirewatch.extract.ner.rules.BodiesWithTheirParents;
import io.wirewatch.extract.ner.rules.CapitalizedBodies;
import io.wirewatch.extract.ner.rules.DocumentConsistency;
import io.wirewatch.extract.ner.rules.LatinNames;
import io.wirewatch.extract.ner.rules.LocationDescriptors;
import io.wirewatch.extract.ner.rules.NamesOfThings;
import io.wirewatch.extract.ner.rules.NationalBodies;
import io.wirewatch.extract.ner.rules.OrganizationDescriptors;
import io.wirewatch.extract.ner.rules.PersonNameJoins;
import io.wirewatch.extract.ner.rules.UnknownAcronyms;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The trained Russian name finder ({@code ner/ru-names.bin}, made by {@code wirewatch train ner}):
 * names of people (PER), organisations (ORG) and places (LOC) in a sentence's words. One
 * NameFinderME per thread, since OpenNLP's is not thread-safe; its perceptron evaluated by
 * {@link CompactPerceptron}.
 */
public final class StatisticalNameFinder {
    public static final String MODEL = "/ner/ru-names.bin";
    private static volatile StatisticalNameFinder bundled;
    /** Tag the whole sentence when the stretches around capitals would cover this share of it anyway. */
    private static final double WHOLE_SENTENCE_SHARE = 0.75;
    private final ThreadLocal<NameFinderME> finders;

    /** A name: words {@code [start, end)} of the sentence, its type and the model's probability. */
    public record Found(int start, int end, String type, double probability) {
        /**
         * посол России Иванов tagged as one person, России Иванов: a person's name without the
         * knowledge base's words that open it ({@code known[i]} for word i), when only unknown words
         * follow them, so the person stays beside the known name; any other name as it is.
         */
        public Found withoutKnownWordsBefore(boolean[] known) {
            int first = start;
            while (first < end && known[first]) {
                first++;
            }
            if (!type.equals("PER") || first == start || first == end) {
                return this;
            }
            for (int i = first; i < end; i++) {
                if (known[i]) {
                    return this;
                }
            }
            return new Found(first, end, type, probability);
        }
    }

    public StatisticalNameFinder(TokenNameFinderModel model) {
        CompactNameFinderModel compact = CompactNameFinderModel.of(model);
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(compact));
    }

    /** The model shipped with Wirewatch, loaded once. */
    public static StatisticalNameFinder bundled() {
        StatisticalNameFinder finder = bundled;
        if (finder == null) {
            synchronized (StatisticalNameFinder.class) {
                finder = bundled;
                if (finder == null) {
                    finder = new StatisticalNameFinder(load());
                    bundled = finder;
                }
            }
        }
        return finder;
    }

    private static TokenNameFinderModel load() {
        try (InputStream in = StatisticalNameFinder.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the name-finder model " + MODEL
                        + " is missing from the classpath; train it with 'wirewatch train ner'");
            }
            return new CompactNameFinderModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name-finder model " + MODEL, e);
        }
    }

    /** Names in one sentence's words. */
    public List<Found> find(String[] words) {
        NameFinderME finder = finders.get();
        Span[] spans = finder.find(words);
        double[] probabilities = finder.probs(spans);
        List<Found> found = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            found.add(new Found(spans[i].getStart(), spans[i].getEnd(), spans[i].getType(), probabilities[i]));
        }
        return found;
    }

    /**
     * Names in one sentence, person names joined and grown over initials ({@link PersonNameJoins}),
     * untagged Latin names added ({@link LatinNames}), organisations grown over their descriptors
     * ({@link OrganizationDescriptors}), places over their geographic terms ({@link LocationDescriptors});
     * a country's government or national team named by an adjective is an organisation
     * ({@link NationalBodies}), and so are a capitalized adjective and descriptor inside the sentence
     * ({@link CapitalizedBodies}) and an acronym left untagged ({@link UnknownAcronyms}); an
     * organisation takes the place or organisation it belongs to ({@link BodiesWithTheirParents}).
     */
    public List<Found> findInSentence(String[] words) {
        return words.length == 0 ? List.of()
                : BodiesWithTheirParents.apply(words, UnknownAcronyms.apply(words, CapitalizedBodies.apply(words, NationalBodies.apply(words, LocationDescriptors.apply(words,
                        OrganizationDescriptors.apply(words, LatinNames.apply(words, PersonNameJoins.apply(words, findAroundCapitals(words)))))))));
    }

    /**
     * The names a sentence without a capitalized candidate can still hold, found without the model:
     * a country's government or national team named in lower case (японское правительство, сборной).
     */
    public List<Found> findWithoutModel(String[] words) {
        return NationalBodies.apply(words, List.of());
    }

    /**
     * Names in the sentence, the finder run only over the stretches around capitalized words (names
     * start with one; its features look two words either side, and a name may run on over a few
     * lower-case words: Министерство иностранных дел). A sentence mostly covered anyway is tagged whole.
     */
    List<Found> findAroundCapitals(String[] words) {
        List<int[]> windows = CapitalWindows.of(words);
        int covered = windows.stream().mapToInt(w -> w[1] - w[0]).sum();
        if (covered >= words.length * WHOLE_SENTENCE_SHARE) {
            return find(words);
        }
        List<Found> found = new ArrayList<>();
        for (int[] window : windows) {
            for (Found name : find(java.util.Arrays.copyOfRange(words, window[0], window[1]))) {
                found.add(new Found(name.start() + window[0], name.end() + window[0], name.type(), name.probability()));
            }
        }
        return found;
    }

    /**
     * Names in every sentence of one document, made consistent across it ({@link DocumentConsistency}),
     * without the names of crafts ({@link NamesOfThings}).
     */
    public List<List<Found>> findInDocument(List<String[]> sentences) {
        startDocument();
        List<List<Found>> found = new ArrayList<>(sentences.size());
        for (String[] words : sentences) {
            found.add(findInSentence(words));
        }
        return NamesOfThings.apply(sentences, DocumentConsistency.apply(sentences, found));
    }

    /** Forgets what it learned from the previous document (names seen earlier weigh in). */
    public void startDocument() {
        finders.get().clearAdaptiveData();
    }
}
