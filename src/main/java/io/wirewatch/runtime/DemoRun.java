package io.wirewatch.runtime;

import io.wirewatch.config.WirewatchConfig;
import io.wirewatch.ingest.FileIngest;
import io.wirewatch.serde.AnyValueDeserializer;
import io.wirewatch.topology.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One demo session on an embedded stack: the pipeline started, the seed articles produced, and every
 * committed output record handed to a sink as it arrives.
 */
public final class DemoRun {
    private static final Duration POLL = Duration.ofMillis(200);
    private final WirewatchConfig config;
    private final Path seeds;
    private final Consumer<ConsumerRecord<String, Object>> sink;
    private final Consumer<String> status;

    /** @param config settings pointing at the stack ({@link EmbeddedStack#config}) */
    public DemoRun(WirewatchConfig config, Path seeds, Consumer<ConsumerRecord<String, Object>> sink,
            Consumer<String> status) {
        this.config = config;
        this.seeds = seeds;
        this.sink = sink;
        this.status = status;
    }

    /** Produces the seeds and returns 0 once every output for them is written, 1 on failure. */
    public int runOnce(Duration timeout) throws InterruptedException {
        try (Pipeline pipeline = Pipeline.start(config); OutputFollower follower = follower(config)) {
            FileIngest.Result sent = produceSeeds(config);
            if (sent.articleIds().isEmpty()) {
                status.accept("wirewatch: no article could be produced from " + seeds);
                return 1;
            }
            Set<String> pending = new HashSet<>(sent.articleIds());
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!pending.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    status.accept("wirewatch: no output for " + pending.size() + " article(s) within "
                            + timeout.toSeconds() + " s: " + pending);
                    return 1;
                }
                follower.pollOnce(POLL, record -> {
                    sink.accept(record);
                    if (record.topic().equals(Topics.ANALYZED)) {
                        pending.remove(record.key());
                    }
                });
            }
            // Events and statements commit in the same transactions as the analyzed articles.
            follower.catchUp(Duration.ofSeconds(30), sink);
            status.accept("wirewatch: all outputs for " + sent.articleIds().size() + " article(s) written");
            return sent.failures() == 0 ? 0 : 1;
        }
    }

    /** Produces the seeds, then prints outputs until the JVM is asked to stop (Ctrl-C). */
    public int runUntilStopped() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            awaitQuietly(stopped);
        }, "wirewatch-demo-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (Pipeline pipeline = Pipeline.start(config); OutputFollower follower = follower(config)) {
            produceSeeds(config);
            status.accept("wirewatch: demo running; Ctrl-C stops it");
            while (stop.getCount() > 0) {
                follower.pollOnce(POLL, sink);
            }
            return 0;
        } finally {
            stopped.countDown();
        }
    }

    private FileIngest.Result produceSeeds(WirewatchConfig config) throws InterruptedException {
        FileIngest.Result result = FileIngest.produce(config, List.of(seeds), status);
        status.accept("wirewatch: produced " + result.articleIds().size() + " article(s) from " + seeds
                + (result.failures() > 0 ? ", " + result.failures() + " failed" : ""));
        return result;
    }

    private static OutputFollower follower(WirewatchConfig config) {
        Map<String, Object> client = config.clientProperties();
        AnyValueDeserializer values = new AnyValueDeserializer();
        values.configure(client, false);
        List<String> topics = new java.util.ArrayList<>(Topics.OUTPUTS);
        topics.add(Topics.ALERTS);
        return new OutputFollower(client, topics, values);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
