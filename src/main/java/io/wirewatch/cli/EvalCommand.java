package io.wirewatch.cli;

import io.wirewatch.eval.ExtractionEvaluation;
import io.wirewatch.eval.GoldArticle;
import io.wirewatch.eval.GoldCorpus;
import io.wirewatch.extract.ArticleAnalyzer;
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
        subcommands = {EvalNerCommand.class, EvalCommand.Events.class, EvalCommand.Statements.class})
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to evaluate, e.g. 'wirewatch eval ner'");
    }

    /** {@code eval events} and {@code eval statements}: one measurement, both reported. */
    abstract static class AgainstGold implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold files (*.gold.json, the seeds/gold format).")
        Path gold;

        @Option(names = "--corpus", paramLabel = "DIR|FILE", description = {"Where the articles are: a directory of article files, or the",
                "Reuters-21578 pool's .jsonl (default: the gold directory's parent)."})
        Path corpus;

        @Option(names = "--details", description = {"Also list, per article of the tuning part, the gold items missed and the items",
                "found beyond the gold (the checking part is only measured, never read for errors)."})
        boolean details;

        @Option(names = "--per-article", description = {"Print instead one CSV line per article of the tuning part: gold file, events found,",
                "events beyond the gold, statements found, statements beyond the gold (the dev-gold regression test's baseline)."})
        boolean perArticle;

        @Override
        public Integer call() {
            Path articles = corpus != null ? corpus : gold.toAbsolutePath().getParent();
            List<GoldArticle> goldArticles = GoldArticle.readAll(gold);
            ExtractionEvaluation evaluation = ExtractionEvaluation.run(new ArticleAnalyzer(), goldArticles, GoldCorpus.at(articles));
            if (perArticle) {
                spec.commandLine().getOut().println("gold,events_found,events_extra,statements_found,statements_extra");
                evaluation.articles().stream().filter(a -> !a.part().equals("checking")).forEach(a -> spec.commandLine().getOut()
                        .printf("%s,%d,%d,%d,%d%n", a.gold(), a.events().requiredFound(), a.events().extra(),
                                a.statements().requiredFound(), a.statements().extra()));
                return 0;
            }
            spec.commandLine().getOut().printf("%d gold article(s) in %s%n%s", goldArticles.size(), gold, evaluation.report());
            if (details) {
                spec.commandLine().getOut().printf("%n%s", evaluation.details());
            }
            return 0;
        }
    }

    /** {@code wirewatch eval events}: contact events against gold files. */
    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Measure diplomatic-contact events against gold files: an event matches on its set of sides,",
                    "its status and its level; recall over required events, precision over everything found."})
    static final class Events extends AgainstGold {
    }

    /** {@code wirewatch eval statements}: attributed statements against gold files. */
    @Command(name = "statements", mixinStandardHelpOptions = true,
            description = {"Measure attributed statements against gold files: a statement matches on its speaker and a",
                    "quote covering at least 80% of the gold quote; recall over required, precision over everything found."})
    static final class Statements extends AgainstGold {
    }
}
