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
    /** How long no output may arrive before the pipeline counts as idle. */
    static final Duration QUIET = Duration.ofSeconds(1);
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

    /**
     * Produces the seeds and returns 0 once every output for them is written (every revision of
     * every contact event, every statement and alert), 1 on failure or when {@code timeout} passes first.
     */
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
            if (!awaitIdle(follower, deadline)) {
                status.accept("wirewatch: the pipeline was still busy after " + timeout.toSeconds() + " s");
                return 1;
            }
            status.accept("wirewatch: all outputs for " + sent.articleIds().size() + " article(s) written");
            return sent.failures() == 0 ? 0 : 1;
        }
    }

    /**
     * Prints outputs until the pipeline is idle: the extractor has consumed every committed record
     * of the raw topic, of its repartition topics (the cross-article event merge writes its
     * revisions a sub-topology later than the analyzed article) and of the statements it reads back
     * (the speaker aggregate and its alerts come after them), no output arrived for
     * {@link #QUIET}, and every output committed by then has been printed.
     */
    private boolean awaitIdle(OutputFollower follower, long deadline) throws InterruptedException {
        String applicationId = config.get(WirewatchConfig.APPLICATION_ID);
        try (ConsumptionProbe probe = new ConsumptionProbe(config.clientProperties(), applicationId,
                List.of(Topics.RAW, Topics.STATEMENTS))) {
            long quietSince = System.nanoTime();
            while (System.nanoTime() < deadline) {
                if (follower.pollOnce(POLL, sink) > 0) {
                    quietSince = System.nanoTime();
                } else if (System.nanoTime() - quietSince >= QUIET.toNanos()
                        && probe.allConsumed(Duration.ofSeconds(5)) && caughtUpWithNothingNew(follower)) {
                    return true;
                }
            }
            return false;
        }
    }

    private boolean caughtUpWithNothingNew(OutputFollower follower) {
        int[] seen = {0};
        follower.catchUp(Duration.ofSeconds(30), record -> {
            seen[0]++;
            sink.accept(record);
        });
        return seen[0] == 0;
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
