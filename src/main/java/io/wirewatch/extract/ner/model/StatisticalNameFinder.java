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
 * A trained name finder ({@code ner/ru-names.bin} for Russian, {@code ner/en-names.bin} for
 * English, made by {@code wirewatch train ner}): names of people (PER), organisations (ORG) and
 * places (LOC) in a sentence's words. One NameFinderME per thread, since OpenNLP's is not
 * thread-safe; its perceptron evaluated by {@link CompactPerceptron}.
 */
public final class StatisticalNameFinder {
    public static final String MODEL = "/ner/ru-names.bin";
    public static final String ENGLISH_MODEL = "/ner/en-names.bin";
    private static final java.util.Map<String, StatisticalNameFinder> BUNDLED = new java.util.concurrent.ConcurrentHashMap<>();
    /** Tag the whole sentence when the stretches around capitals would cover this share of it anyway. */
    private static final double WHOLE_SENTENCE_SHARE = 0.75;
    private final ThreadLocal<NameFinderME> finders;
    private final boolean english;

    public StatisticalNameFinder(TokenNameFinderModel model) {
        CompactNameFinderModel compact = CompactNameFinderModel.of(model);
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(compact));
        this.english = "en".equals(model.getLanguage());
    }

    /** The Russian model shipped with Wirewatch, loaded once. */
    public static StatisticalNameFinder bundled() {
        return BUNDLED.computeIfAbsent(MODEL, model -> new StatisticalNameFinder(load(model)));
    }

    /** The English model shipped with Wirewatch, loaded once. */
    public static StatisticalNameFinder bundledEnglish() {
        return BUNDLED.computeIfAbsent(ENGLISH_MODEL, model -> new StatisticalNameFinder(load(model)));
    }

    /** A model file written by {@code wirewatch train ner}. */
    public static StatisticalNameFinder read(java.nio.file.Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return new StatisticalNameFinder(new CompactNameFinderModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name-finder model " + file, e);
        }
    }

    private static TokenNameFinderModel load(String model) {
        try (InputStream in = StatisticalNameFinder.class.getResourceAsStream(model)) {
            if (in == null) {
                throw new IllegalStateException("the name-finder model " + model
                        + " is missing from the classpath; train it with 'wirewatch train ner'");
            }
            return new CompactNameFinderModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name-finder model " + model, e);
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

    /**
     * Starts a document: forgets the previous one, and gives the words the model is to read for
     * each sentence: an English model reads sentences in capitals in the case the document gives
     * their words ({@link DocumentCasing}), as it was trained; a Russian one the words as they are.
     */
    public List<String[]> startDocument(List<String[]> sentences) {
        startDocument();
        return english ? DocumentCasing.of(sentences) : sentences;
    }
}
