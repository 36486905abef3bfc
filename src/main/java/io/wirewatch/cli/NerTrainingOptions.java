package io.wirewatch.cli;

import io.wirewatch.eval.DocumentParts;
import io.wirewatch.extract.ner.model.NameFinderTrainer;
import io.wirewatch.extract.ner.model.NerDocument;
import io.wirewatch.extract.ner.model.NerelReader;
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

    @Option(names = "--nerel", paramLabel = "DIR", description = {"ru: also train on the tuning part of this NEREL",
            "directory (brat .txt/.ann; the split's checking documents never enter training)."})
    Path nerel;

    @Option(names = "--nerel-split", paramLabel = "FILE", description = "The NEREL split (default: ${DEFAULT-VALUE}).")
    Path nerelSplit = Path.of("seeds/splits/nerel-train.tsv");

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

    /**
     * The NEREL documents of the split's tuning part (none without --nerel) that are in no checking
     * part: neither the split's nor the contact and quote gold's ({@code contact-gold.tsv} beside
     * the split), whose events and statements figures must come from text the product never learnt
     * from. Checking documents are not even read.
     */
    List<NerDocument> nerelTuning() {
        if (nerel == null) {
            return List.of();
        }
        if (english()) {
            throw new IllegalArgumentException("--nerel is Russian training data; not with --lang en");
        }
        java.util.Set<String> tuning = new java.util.TreeSet<>(DocumentParts.read(nerelSplit).documents("tuning"));
        Path splits = nerelSplit.toAbsolutePath().getParent();
        if (java.nio.file.Files.exists(splits.resolve("contact-gold.tsv"))) {
            try {
                tuning.removeAll(io.wirewatch.kb.NerelLinks.checkingDocuments(splits));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + splits.resolve("contact-gold.tsv"), e);
            }
        }
        return NerelReader.read(nerel, tuning::contains);
    }

    /** Refuses a language Wirewatch has no name finder for. */
    void checkLanguage() {
        if (!language.equals("ru") && !language.equals("en")) {
            throw new IllegalArgumentException("--lang must be ru or en, not " + language);
        }
    }
}
