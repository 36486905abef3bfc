package io.wirewatch.runtime;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the extractor topology as a Kafka Streams application: start, wait until RUNNING, close.
 * A stream thread that dies is replaced, so one bad moment does not stop the pipeline; while threads
 * keep failing, {@link #problem()} says so (and {@code /health} answers not ready).
 */
public final class ExtractorService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ExtractorService.class);
    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);
    private final StreamThreadFailures failures = new StreamThreadFailures(java.time.Clock.systemUTC());

    public ExtractorService(Topology topology, Properties settings) {
        this.streams = new KafkaStreams(topology, settings);
        streams.setStateListener((now, before) -> {
            log.info("extractor {} -> {}", before, now);
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(e -> {
            log.error("extractor stream thread failed; replacing it", e);
            failures.record(e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler
                    .StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    public ExtractorService start() {
        streams.start();
        return this;
    }

    /** Waits until the application is RUNNING; throws with the state it is in otherwise. */
    public void awaitRunning(Duration timeout) throws InterruptedException {
        if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            String why = failures.total() > 0
                    ? "its stream threads failed " + failures.total() + " times; latest: " + failures.latest()
                    : "is the broker reachable?";
            throw new IllegalStateException("the extractor did not reach RUNNING within " + timeout.toSeconds()
                    + " s (state " + streams.state() + "): " + why);
        }
    }

    /** Why the extractor is not ready although RUNNING: its stream threads keep failing. */
    public java.util.Optional<String> problem() {
        return failures.problem();
    }

    /** Stream-thread failures since start. */
    public long threadFailures() {
        return failures.total();
    }

    public KafkaStreams streams() {
        return streams;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
