package io.wirewatch.cli;

import io.wirewatch.config.WirewatchConfig;
import io.wirewatch.runtime.Pipeline;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;

/** {@code wirewatch stream}: the extractor against any Kafka cluster and schema registry. */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = "Run the extractor (Kafka Streams) against a Kafka cluster and schema registry until Ctrl-C.")
final class StreamCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ExtractorOptions extractorOptions;

    @Override
    public Integer call() throws Exception {
        cluster.config.putAll(extractorOptions.settings());
        WirewatchConfig config = cluster.resolve();
        CountDownLatch stop = new CountDownLatch(1);
        spec.commandLine().getErr().println("wirewatch: connecting to Kafka at " + config.get(WirewatchConfig.BOOTSTRAP_SERVERS)
                + " (waiting up to " + config.get(WirewatchConfig.BROKER_WAIT_MS) / 1000 + " s, "
                + WirewatchConfig.BROKER_WAIT_MS.key() + ") and the registry at " + config.get(WirewatchConfig.SCHEMA_REGISTRY_URL));
        spec.commandLine().getErr().flush();
        try (Pipeline pipeline = Pipeline.start(config)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop.countDown();
                pipeline.close();
            }, "wirewatch-stop"));
            spec.commandLine().getErr().println("wirewatch: extractor running against " + config.get(WirewatchConfig.BOOTSTRAP_SERVERS)
                    + "; Ctrl-C stops it");
            stop.await();
        }
        return 0;
    }
}
