package io.wirewatch.cli;

import io.wirewatch.config.WirewatchConfig;
import io.wirewatch.runtime.DemoRun;
import io.wirewatch.runtime.Pipeline;
import io.wirewatch.runtime.EmbeddedStack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code wirewatch demo}: everything on this machine: an embedded Kafka broker and schema registry,
 * Wirewatch's topics and schemas, the extractor, the seed articles produced, and every output
 * record printed as it arrives.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run an embedded Kafka broker and schema registry with the extractor, produce the seed articles and print what comes out.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--once", description = {"Exit 0 once every output for the seeds is written and printed: every revision of every",
            "contact event, every statement and alert (the pipeline idle: all input consumed, no output for 1 s)."})
    boolean once;

    @Option(names = "--json", description = "One JSON object per record: topic, partition, offset, key, value.")
    boolean json;

    @Option(names = "--seeds", paramLabel = "DIR", description = "Articles to produce (default: ${DEFAULT-VALUE}).")
    Path seeds = Path.of("seeds");

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Keep the broker's data here across runs (default: a temporary directory).")
    Path dataDir;

    @Option(names = PortFlags.KAFKA, paramLabel = "PORT", description = "Broker port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0: any free port).")
    int kafkaPort = 9092;

    @Option(names = PortFlags.REGISTRY, paramLabel = "PORT", description = "Schema registry port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0: any free port).")
    int registryPort = 8081;

    @Option(names = "--registry-java", paramLabel = "JAVA", description = "Java executable for the registry (default: a Java 21+ under JAVA_HOME or /usr/lib/jvm, else this one).")
    Path registryJava;

    @Mixin
    ExtractorOptions extractorOptions;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "With --once: give up after this long (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = 180;

    private java.io.PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public Integer call() throws Exception {
        // Before the broker and registry start, so a refused address fails at once.
        Pipeline.checkBinding(WirewatchConfig.builder().values(extractorOptions.settings()).build());
        RecordPrinter printer = new RecordPrinter(spec.commandLine().getOut(), json);
        EmbeddedStack.Settings settings = new EmbeddedStack.Settings(dataDir, kafkaPort, registryPort, registryJava);
        try (EmbeddedStack stack = EmbeddedStack.start(settings, err()::println)) {
            DemoRun run = new DemoRun(stack.config(extractorOptions.settings()), seeds, printer::print, err()::println);
            return once ? run.runOnce(Duration.ofSeconds(timeoutSeconds)) : run.runUntilStopped();
        }
    }
}
