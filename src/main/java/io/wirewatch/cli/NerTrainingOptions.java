package io.wirewatch.cli;

import io.wirewatch.extract.ner.model.NameFinderTrainer;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The language, corpus and training settings of {@code train ner} and {@code eval ner}. */
final class NerTrainingOptions {
    @Option(names = "--lang", paramLabel = "LANG", description = {"ru (default): factRuEval-format directories;",
            "en: CoNLL-2003-format files (CoNLL-2003, wikigold)."})
    String language = "ru";

    @Option(names = "--corpus", required = true, paramLabel = "PATH", description = {"A directory of factRuEval files (*.tokens,",
            "*.spans, *.objects) for ru; a CoNLL-format file for en (repeat it to train on several)."})
    List<Path> corpus;

    @Option(names = "--iterations", paramLabel = "N", description = "Perceptron iterations (default: ${DEFAULT-VALUE}).")
    int iterations = NameFinderTrainer.DEFAULT_ITERATIONS;

    @Option(names = "--cutoff", paramLabel = "N", description = "Minimum feature count (default: ${DEFAULT-VALUE}).")
    int cutoff = NameFinderTrainer.DEFAULT_CUTOFF;

    boolean english() {
        return language.equals("en");
    }

    /** The one Russian corpus directory; several are refused. */
    Path russianCorpus() {
        if (corpus.size() != 1) {
            throw new IllegalArgumentException("--lang ru takes one --corpus directory, not " + corpus.size());
        }
        return corpus.get(0);
    }

    /** Refuses a language Wirewatch has no name finder for. */
    void checkLanguage() {
        if (!language.equals("ru") && !language.equals("en")) {
            throw new IllegalArgumentException("--lang must be ru or en, not " + language);
        }
    }
}
