package io.wirewatch.cli;

import io.wirewatch.extract.ner.FactRuEvalReader;
import io.wirewatch.extract.ner.NameFinderTrainer;
import io.wirewatch.extract.ner.NerDocument;
import io.wirewatch.extract.ner.NerEvaluation;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch eval}: measures Wirewatch's extraction on annotated data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure extraction on annotated data.",
        subcommands = EvalCommand.Ner.class)
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to evaluate, e.g. 'wirewatch eval ner'");
    }

    /** {@code wirewatch eval ner}: cross-validated name-finder scores per type. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Cross-validate name recognition on factRuEval-format data: per fold, train the name finder on",
                    "the other documents and test on these (document i is in fold i mod k, in name order). Two measures:",
                    "exact match of range and type on outermost mentions, and the factRuEval-2016 Track 1 measure",
                    "(token overlap, descriptors weightless, nested mentions). PER, ORG, LOC = Location + LocOrg."})
    static final class Ner implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "A directory of factRuEval files.")
        Path corpus;

        @Option(names = "--folds", paramLabel = "K", description = "Number of folds (default: ${DEFAULT-VALUE}).")
        int folds = 5;

        @Option(names = "--iterations", paramLabel = "N", description = "Perceptron iterations (default: ${DEFAULT-VALUE}).")
        int iterations = NameFinderTrainer.DEFAULT_ITERATIONS;

        @Option(names = "--cutoff", paramLabel = "N", description = "Minimum feature count (default: ${DEFAULT-VALUE}).")
        int cutoff = NameFinderTrainer.DEFAULT_CUTOFF;

        @Override
        public Integer call() {
            if (folds < 2) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--folds must be at least 2");
            }
            List<NerDocument> documents = FactRuEvalReader.read(corpus);
            NerEvaluation evaluation = NerEvaluation.crossValidate(documents, folds, iterations, cutoff);
            spec.commandLine().getOut().printf("%d-fold cross-validation on %d documents of %s%n%nExact match, outermost mentions:%n%s"
                    + "%nfactRuEval-2016 Track 1 measure:%n%s", folds, documents.size(), corpus, evaluation.report(),
                    evaluation.sharedTask().report());
            return 0;
        }
    }
}
