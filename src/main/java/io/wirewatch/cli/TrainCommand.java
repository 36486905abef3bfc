package io.wirewatch.cli;

import io.wirewatch.extract.ner.model.FactRuEvalReader;
import io.wirewatch.extract.ner.model.NameFinderTrainer;
import io.wirewatch.extract.ner.model.NerDocument;
import io.wirewatch.extract.ner.model.PhoenixActors;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch train}: trains Wirewatch's statistical models. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train Wirewatch's statistical models.",
        subcommands = {TrainCommand.Ner.class, TrainCommand.Gazetteer.class})
final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to train, e.g. 'wirewatch train ner'");
    }

    /**
     * {@code wirewatch train ner}: the Russian name finder from factRuEval-format data (and the tuning
     * part of NEREL with --nerel), the English one from CoNLL files.
     */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Train a name finder (OpenNLP NameFinderME, perceptron): Russian on factRuEval-format data,",
                    "with --nerel DIR also on NEREL's tuning documents (seeds/splits/nerel-train.tsv), English (--lang en)",
                    "on CoNLL-format files (MISC left out). Deterministic: the same corpus and",
                    "settings give the same model."})
    static final class Ner implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        NerTrainingOptions training;

        @Option(names = "--out", paramLabel = "FILE", description = {"Where to write the model (default:",
                "src/main/resources/ner/ru-names.bin, or en-names.bin for --lang en)."})
        Path out;

        @Override
        public Integer call() throws Exception {
            List<NerDocument> documents;
            try {
                training.checkLanguage();
                documents = training.english() ? EnglishNerEval.read(training.corpus) : FactRuEvalReader.read(training.russianCorpus());
                documents = java.util.stream.Stream.concat(documents.stream(), training.nerelTuning().stream()).toList();
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            if (out == null) {
                out = Path.of("src/main/resources/ner/" + training.language + "-names.bin");
            }
            long start = System.nanoTime();
            TokenNameFinderModel model = NameFinderTrainer.train(training.language, documents, training.iterations, training.cutoff);
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                model.serialize(stream);
            }
            spec.commandLine().getErr().printf("wirewatch: trained on %d documents (%d tokens) in %.1f s; model written to %s%n",
                    documents.size(), documents.stream().mapToInt(NerDocument::tokenCount).sum(),
                    (System.nanoTime() - start) / 1e9, out);
            return 0;
        }
    }

    /** {@code wirewatch train gazetteer}: the English name gazetteer from the PETRARCH2 Phoenix actor lists. */
    @Command(name = "gazetteer", mixinStandardHelpOptions = true,
            description = {"Derive the English name finder's gazetteer (people, places, organisations) from the",
                    "PETRARCH2 Phoenix actor dictionaries (MIT licence). Deterministic; retrain the English model after."})
    static final class Gazetteer implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--phoenix", required = true, paramLabel = "DIR",
                description = "The petrarch2 dictionaries: Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.agents.txt.")
        Path phoenix;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the list (default: ${DEFAULT-VALUE}).")
        Path out = Path.of("src/main/resources/ner/en-gazetteer.txt");

        @Override
        public Integer call() throws Exception {
            java.util.Set<PhoenixActors.Entry> entries = PhoenixActors.read(
                    List.of(phoenix.resolve("Phoenix.Countries.actors.txt"), phoenix.resolve("Phoenix.International.actors.txt")),
                    phoenix.resolve("Phoenix.agents.txt"));
            StringBuilder text = new StringBuilder(String.join("\n",
                    "# English name gazetteer of Wirewatch's name finder: type TAB words (lower case, as the tokenizer cuts them).",
                    "# Derived from the PETRARCH2 Phoenix actor dictionaries (openeventdata/petrarch2, commit 676801cd),",
                    "# Phoenix.Countries.actors.txt and Phoenix.International.actors.txt, MIT licence,",
                    "# Copyright (c) 2014 Open Event Data Alliance: see LICENSE-petrarch2.txt beside this file.",
                    "# Made by: wirewatch train gazetteer --phoenix ../shared/corpora/petrarch2-dictionaries", ""));
            entries.forEach(e -> text.append(e.type()).append('\t').append(e.words()).append('\n'));
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            Files.writeString(out, text, java.nio.charset.StandardCharsets.UTF_8);
            spec.commandLine().getErr().printf("wirewatch: %d gazetteer entries written to %s%n", entries.size(), out);
            return 0;
        }
    }
}
