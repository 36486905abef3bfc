package io.wirewatch.cli;

import io.wirewatch.config.WirewatchConfig;
import io.wirewatch.ingest.FileIngest;
import io.wirewatch.runtime.TopicCreator;
import io.wirewatch.topology.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code wirewatch produce FILE|DIR...}: articles from files to news.article.raw.v1. */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = {"Publish articles from files and directories to " + Topics.RAW + " (key: article id).",
                "Seed text format and plain text (.txt), JSON (.json), JSON lines (.jsonl, .ndjson).",
                "A bad file is reported and the rest is still sent; exit 1 if anything failed."})
final class ProduceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files, or directories of files.")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        WirewatchConfig config = cluster.resolve();
        if (config.get(WirewatchConfig.CREATE_TOPICS)) {
            TopicCreator.ensureTopics(config.clientProperties(), config.get(WirewatchConfig.PARTITIONS));
        }
        FileIngest.Result result = FileIngest.produce(config, inputs, spec.commandLine().getErr()::println);
        spec.commandLine().getErr().println("wirewatch: sent " + result.articleIds().size() + " article(s) to " + Topics.RAW
                + (result.failures() > 0 ? "; " + result.failures() + " failed" : ""));
        return result.failures() == 0 ? 0 : 1;
    }
}
