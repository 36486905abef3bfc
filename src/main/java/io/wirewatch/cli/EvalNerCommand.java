package io.wirewatch.cli;

import io.wirewatch.eval.NerEvaluation;
import io.wirewatch.eval.NerProductEvaluation;
import io.wirewatch.eval.NerelProductEvaluation;
import io.wirewatch.extract.ner.model.NerelReader;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.ner.model.FactRuEvalReader;
import io.wirewatch.extract.ner.model.NerDocument;
import io.wirewatch.extract.ner.rules.NameRules;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch eval ner}: name recognition per type, of the shipped analyzer or cross-validated. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Measure name recognition on factRuEval-format data. With --no-train: the shipped analyzer,",
                "untouched, on every document, by three measures: naeval's (NAME mentions, tokens tagged IO per",
                "type), and, on NAME and DESCRIPTOR mentions (factRuEval's objects), exact range and type on",
                "outermost mentions and the factRuEval-2016 Track 1 measure.",
                "Without: cross-validate the name finder (per fold, train on the other documents and test on these;",
                "document i is in fold i mod k, in name order), exact match and Track 1, the names merged by the",
                "extractor's own steps. PER, ORG, LOC = Location + LocOrg.",
                "With --lang en: the shipped analyzer (--no-train) or it with another English model (--model) on a",
                "CoNLL-format file, each document's tokens joined by spaces, a sentence a line; exact range and type",
                "per type and over all (MISC not counted), on one part of the fixed split (--part, --split).",
                "A NEREL directory as --corpus (brat .txt/.ann): the shipped analyzer (--no-train) on one part of",
                "its split (--part, --nerel-split), naeval's method against NEREL's names mapped to PER, ORG, LOC.",
                "--nerel DIR in cross-validation: every fold also trains on NEREL's tuning documents."})
final class EvalNerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    NerTrainingOptions training;

    @Option(names = "--folds", paramLabel = "K", description = "Number of folds (default: ${DEFAULT-VALUE}).")
    int folds = 5;

    @Option(names = "--repeats", paramLabel = "N", description = {"Repeat the cross-validation over N partitions of the",
            "documents and sum the counts (default: ${DEFAULT-VALUE}: fold i mod k, in name order; each further",
            "repeat deals the documents into folds after a shuffle seeded with its number)."})
    int repeats = 1;

    @Option(names = "--details", description = "Also list every name missed or found beyond the gold (exact match), with its sentence.")
    boolean details;

    @Option(names = "--without", paramLabel = "RULE", split = ",", description = {"Leave these name rules out (ablation:",
            "what each adds), e.g. --without LatinNames,NamesOfThings. The rules: ${COMPLETION-CANDIDATES}."},
            completionCandidates = RuleNames.class)
    Set<String> without = Set.of();

    /** The name rules' names, for the help text. */
    static final class RuleNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return NameRules.all().names().iterator();
        }
    }

    @Option(names = "--no-train", description = "Evaluate the shipped analyzer as it is instead of cross-validating a trained name finder.")
    boolean noTrain;

    @Option(names = "--model", paramLabel = "FILE", description = {"With --lang en: the analyzer with this English model (made by",
            "'train ner --lang en --out FILE') in place of the shipped one, to try settings on the tuning part."})
    Path model;

    @Option(names = "--part", paramLabel = "PART", description = {"With --lang en or a NEREL corpus: the part of the split to evaluate:",
            "tuning, checking or all (default: ${DEFAULT-VALUE})."})
    String part = "all";

    @Option(names = "--split", paramLabel = "FILE", description = "With --lang en: the split (default: ${DEFAULT-VALUE}).")
    Path split = Path.of("seeds/splits/conll2003-eng.testa.tsv");

    @Option(names = "--json", description = "With --no-train: one JSON object {\"documents\", \"measures\": {\"naeval\"|\"exact\"|\"track1\": {type: {p, r, f1}}}}.")
    boolean json;

    @Override
    public Integer call() {
        try {
            training.checkLanguage();
            if (training.english()) {
                return english();
            }
            return russian();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private int english() {
        if (noTrain == (model != null)) {
            throw new IllegalArgumentException("--lang en needs --no-train (the shipped analyzer) or --model FILE (another model)");
        }
        if (!without.isEmpty()) {
            throw new IllegalArgumentException("--without is for the Russian rules' cross-validation");
        }
        EnglishNerEval.run(training.corpus, model, split, part, json, details, spec.commandLine().getOut());
        return 0;
    }

    /** The shipped analyzer on a part of a NEREL directory, by naeval's method. */
    private int nerel(Path corpus) {
        if (!noTrain || model != null || json || !without.isEmpty()) {
            throw new IllegalArgumentException("a NEREL corpus is evaluated with --no-train only (no --model, --json, --without)");
        }
        io.wirewatch.eval.DocumentParts parts = io.wirewatch.eval.DocumentParts.read(training.nerelSplit);
        java.util.Set<String> ids = part.equals("all") ? null : parts.documents(part);
        if (ids != null && ids.isEmpty()) {
            throw new IllegalArgumentException("the split " + training.nerelSplit + " has no documents in the part " + part);
        }
        NerelProductEvaluation evaluation = NerelProductEvaluation.run(new ArticleAnalyzer(), corpus,
                id -> ids == null || ids.contains(id));
        spec.commandLine().getOut().printf("The shipped analyzer on %d NEREL documents of %s (part %s)%n%n%s",
                evaluation.documents(), corpus, part, evaluation.report());
        return 0;
    }

    private int russian() {
        Path corpus = training.russianCorpus();
        if (!NerelReader.ids(corpus).isEmpty()) {
            return nerel(corpus);
        }
        if (model != null || !part.equals("all")) {
            throw new IllegalArgumentException("--model and --part are for --lang en and NEREL");
        }
        if (json && !noTrain) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--json needs --no-train");
        }
        if (noTrain && !without.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--without needs the cross-validation (no --no-train)");
        }
        if (noTrain) {
            NerProductEvaluation evaluation = NerProductEvaluation.run(new ArticleAnalyzer(), corpus);
            spec.commandLine().getOut().println(json ? evaluation.json().toString()
                    : String.format("The shipped analyzer on %d documents of %s%n%n%s", evaluation.documents(), corpus,
                            evaluation.report()).stripTrailing());
            return 0;
        }
        NameRules rules;
        try {
            rules = NameRules.all().without(without);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--without: " + e.getMessage());
        }
        if (folds < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--folds must be at least 2");
        }
        if (repeats < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--repeats must be at least 1");
        }
        List<NerDocument> documents = FactRuEvalReader.read(corpus);
        List<NerDocument> alsoTrained = training.nerelTuning();
        NerEvaluation evaluation = NerEvaluation.crossValidate(documents, alsoTrained, folds, repeats, training.iterations,
                training.cutoff, rules, corpus);
        spec.commandLine().getOut().printf("%d-fold cross-validation%s on %d documents of %s%s%s%n%nExact match, outermost mentions:%n%s"
                + "%nfactRuEval-2016 Track 1 measure:%n%s%n%s", folds, repeats > 1 ? ", " + repeats + " repeats," : "",
                documents.size(), corpus, without.isEmpty() ? "" : ", without " + String.join(", ", without),
                alsoTrained.isEmpty() ? "" : ", every fold also trained on " + alsoTrained.size() + " NEREL tuning documents",
                evaluation.report(),
                evaluation.sharedTask().report(), evaluation.naevalReport());
        if (details) {
            evaluation.details().forEach(spec.commandLine().getOut()::println);
        }
        return 0;
    }
}
