package io.wirewatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.bench.BenchRun;
import io.wirewatch.runtime.EmbeddedStack;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch bench}: end-to-end throughput and latency of the extractor against a pass-through baseline. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the extractor end to end on an embedded broker and registry: throughput at maximum",
                "rate and latency percentiles at a fixed offered rate (produce -> news.article.analyzed.v1,",
                "read_committed), the same article mix through the analyzer alone on every core (pipeline_efficiency",
                "is end to end over that), then a pass-through topology on the same broker (the baseline)."})
final class BenchCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20000",
            description = "Articles sent first and not measured, while the JIT compiles; more follow while it is still "
                    + "busy (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "240",
            description = "Longest warmup, in seconds; 0 sends --warmup articles and no more (default: ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "4000", description = "Articles sent at maximum rate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--rate", paramLabel = "PER_S", defaultValue = "50", description = "Offered rate of the latency phase (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "20", description = "Length of the latency phase (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--config", paramLabel = "KEY=VALUE", description = "Streams or client settings to try, e.g. num.stream.threads=2; repeatable.")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--json", description = "Print one JSON object with the figures and the settings used.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || rate < 1 || seconds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--articles, --rate and --seconds must be positive");
        }
        var err = spec.commandLine().getErr();
        try (EmbeddedStack stack = EmbeddedStack.start(new EmbeddedStack.Settings(null, 0, 0, null), err::println)) {
            BenchRun.Result result = new BenchRun(stack, new BenchRun.Settings(warmup, warmupSeconds, articles, rate, seconds, overrides),
                    line -> {
                        err.println(line);
                        err.flush();
                    }).run();
            ObjectNode out = JSON.createObjectNode();
            String at = "_at_" + rate + "_per_s";
            out.put("throughput_articles_per_s", round(result.maxRate().throughputPerSecond()));
            out.put("p50_ms" + at, round(result.fixedRate().p50Ms()));
            out.put("p99_ms" + at, round(result.fixedRate().p99Ms()));
            out.put("max_ms" + at, round(result.fixedRate().maxMs()));
            out.put("p50_ms_at_max_rate", round(result.maxRate().p50Ms()));
            out.put("p99_ms_at_max_rate", round(result.maxRate().p99Ms()));
            out.put("cpu_ms_per_article_at_max_rate", round(result.maxRate().cpuMillis() / (double) Math.max(1, result.maxRate().received())));
            out.put("jit_compile_ms_at_max_rate", result.maxRate().jitMillis());
            out.put("analyzer_throughput_articles_per_s", round(result.analyzerThroughputPerSecond()));
            out.put("pipeline_efficiency", Math.round(result.pipelineEfficiency() * 1000) / 1000.0);
            out.put("baseline_throughput_articles_per_s", round(result.baselineMaxRate().throughputPerSecond()));
            out.put("baseline_p50_ms" + at, round(result.baselineFixedRate().p50Ms()));
            out.put("baseline_p99_ms" + at, round(result.baselineFixedRate().p99Ms()));
            out.put("articles_received", result.maxRate().received() + result.fixedRate().received());
            out.put("articles_sent", result.maxRate().sent() + result.fixedRate().sent());
            out.set("settings", JSON.valueToTree(result.settings()));
            if (json) {
                spec.commandLine().getOut().println(JSON.writeValueAsString(out));
            } else {
                spec.commandLine().getOut().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out));
            }
            boolean complete = result.maxRate().received() == result.maxRate().sent()
                    && result.fixedRate().received() == result.fixedRate().sent();
            return complete ? 0 : 1;
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
