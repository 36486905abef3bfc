package io.wirewatch.cli;

import io.wirewatch.extract.ner.model.FactRuEvalReader;
import io.wirewatch.extract.ner.model.NameFinderTrainer;
import io.wirewatch.extract.ner.model.NerDocument;
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
        subcommands = TrainCommand.Ner.class)
final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to train, e.g. 'wirewatch train ner'");
    }

    /** {@code wirewatch train ner}: the Russian name finder from factRuEval-format data. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Train the Russian name finder (OpenNLP NameFinderME, perceptron) on factRuEval-format data.",
                    "Deterministic: the same corpus and settings give the same model."})
    static final class Ner implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        NerTrainingOptions training;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: ${DEFAULT-VALUE}).")
        Path out = Path.of("src/main/resources/ner/ru-names.bin");

        @Override
        public Integer call() throws Exception {
            List<NerDocument> documents = FactRuEvalReader.read(training.corpus);
            long start = System.nanoTime();
            TokenNameFinderModel model = NameFinderTrainer.train(documents, training.iterations, training.cutoff);
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
}
