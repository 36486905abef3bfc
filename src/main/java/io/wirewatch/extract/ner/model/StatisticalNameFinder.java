package io.wirewatch.extract.ner.model;

import io.wirewatch.extract.ner.rules.Found;
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
     * Names in the sentence, the finder run only over the stretches around capitalized words (names
     * start with one; its features look two words either side, and a name may run on over a few
     * lower-case words: Министерство иностранных дел). A sentence mostly covered anyway is tagged whole.
     */
    public List<Found> findAroundCapitals(String[] words) {
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

    /** Forgets what it learned from the previous document (names seen earlier weigh in). */
    public void startDocument() {
        finders.get().clearAdaptiveData();
    }
}
