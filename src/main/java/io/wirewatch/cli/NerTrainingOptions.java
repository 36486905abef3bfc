package io.wirewatch.cli;

import io.wirewatch.extract.ner.model.NameFinderTrainer;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The corpus and training settings of {@code train ner} and {@code eval ner}. */
final class NerTrainingOptions {
    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "A directory of factRuEval files (*.tokens, *.spans, *.objects).")
    Path corpus;

    @Option(names = "--iterations", paramLabel = "N", description = "Perceptron iterations (default: ${DEFAULT-VALUE}).")
    int iterations = NameFinderTrainer.DEFAULT_ITERATIONS;

    @Option(names = "--cutoff", paramLabel = "N", description = "Minimum feature count (default: ${DEFAULT-VALUE}).")
    int cutoff = NameFinderTrainer.DEFAULT_CUTOFF;
}
