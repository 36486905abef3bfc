package io.wirewatch.bench;

import io.wirewatch.config.WirewatchConfig;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.runtime.EmbeddedStack;
import io.wirewatch.runtime.ExtractorService;
import io.wirewatch.runtime.Pipeline;
import io.wirewatch.runtime.TopicCreator;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.topology.StreamsSettings;
import io.wirewatch.topology.Topics;
import io.wirewatch.topology.WirewatchTopics;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsConfig;

/**
 * {@code wirewatch bench}: drives benchmark articles through the extractor on an embedded broker
 * and registry, end to end (produce → news.article.analyzed.v1, read_committed), at maximum rate
 * and at a fixed offered rate, then does the same through a pass-through topology on the same
 * broker with the same Streams settings: the baseline. Between the two, the same article mix goes
 * through the analyzer alone on every core ({@link AnalyzerThroughput}), so the run says what share
 * of the analyzer's speed the pipeline keeps.
 */
public final class BenchRun {
    private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(5);
    /** The warmup ends once the JIT compiles at most this share of the time (a tenth of a core). */
    static final double SETTLED_JIT_SHARE = 0.1;
    private static final long ROUND_MILLIS = 10_000;
    /** Warmup articles sent before the extractor's measurements. */
    private int extractorWarmup;

    /**
     * @param warmup    articles sent first, unmeasured, so the JIT has compiled the hot paths (at least)
     * @param warmupSeconds longest warmup: more articles follow while the JIT is still busy, until then
     * @param articles  articles sent at maximum rate
     * @param rate      offered rate of the fixed-rate phase, articles/s
     * @param seconds   length of the fixed-rate phase
     * @param overrides Kafka Streams and client settings to try (num.stream.threads, commit.interval.ms...)
     */
    public record Settings(int warmup, int warmupSeconds, int articles, int rate, int seconds, Map<String, String> overrides) {
    }

    /**
     * One phase: how many arrived, how fast, how late (ms); and the CPU time this JVM (broker,
     * streams, load generator) spent meanwhile, of it the JIT compiler's (still compiling after
     * the warmup, the JIT takes a share of the cores the benchmark measures).
     */
    public record Phase(int sent, int received, double throughputPerSecond, double p50Ms, double p99Ms, double maxMs,
            long cpuMillis, long jitMillis) {
        static Phase of(int sent, LatencyProbe.Measured measured, long startMillis, Usage startUsage) {
            Histogram h = measured.latencyMicros();
            double seconds = Math.max(1, measured.lastArrivalMillis() - startMillis) / 1000.0;
            Usage used = Usage.now().minus(startUsage);
            return new Phase(sent, measured.received(), measured.received() / seconds,
                    h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0,
                    used.cpuMillis(), used.jitMillis());
        }
    }

    /** CPU time of this process and compilation time of its JIT so far, in ms (-1 where the JVM does not say). */
    record Usage(long cpuMillis, long jitMillis) {
        static Usage now() {
            long cpu = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1_000_000 : -1;
            var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
            return new Usage(cpu, jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1);
        }

        Usage minus(Usage earlier) {
            return new Usage(cpuMillis < 0 ? -1 : cpuMillis - earlier.cpuMillis, jitMillis < 0 ? -1 : jitMillis - earlier.jitMillis);
        }
    }

    /**
     * The extractor's and the baseline's phases, the analyzer alone on all cores (articles/s, the
     * same mix, after the extractor's warmup), with the settings used.
     */
    public record Result(Phase maxRate, Phase fixedRate, Phase baselineMaxRate, Phase baselineFixedRate,
            double analyzerThroughputPerSecond, Map<String, Object> settings) {
        /** End to end at maximum rate over the analyzer alone: the share of the analyzer's speed the pipeline keeps. */
        public double pipelineEfficiency() {
            return analyzerThroughputPerSecond <= 0 ? 0 : maxRate.throughputPerSecond() / analyzerThroughputPerSecond;
        }
    }

    /** How long the analyzer alone is measured, at least. */
    private static final long ANALYZER_MILLIS = 10_000;

    private final EmbeddedStack stack;
    private final Settings settings;
    private final Consumer<String> status;

    public BenchRun(EmbeddedStack stack, Settings settings, Consumer<String> status) {
        this.stack = stack;
        this.settings = settings;
        this.status = status;
    }

    public Result run() throws InterruptedException {
        Map<String, String> overrides = new LinkedHashMap<>(settings.overrides());
        overrides.putIfAbsent(WirewatchConfig.APPLICATION_ID.key(), "wirewatch-bench-" + UUID.randomUUID().toString().substring(0, 8));
        overrides.putIfAbsent(WirewatchConfig.HTTP_PORT.key(), "0");
        WirewatchConfig config = stack.config(overrides);
        Map<String, Object> client = config.clientProperties();
        int partitions = config.get(WirewatchConfig.PARTITIONS);
        TopicCreator.ensureTopics(client, partitions);
        createBenchTopics(client, partitions);
        BenchArticles source = new BenchArticles(20_260_210L);
        Serializer<RawArticle> serializer = WirewatchTopics.withRegistry(client).raw().valueSerde().serializer();

        Phase[] extractor;
        status.accept("wirewatch bench: extractor (" + Topics.RAW + " -> " + Topics.ANALYZED + ")");
        try (Pipeline pipeline = Pipeline.start(config)) {
            extractor = measure(client, Topics.RAW, Topics.ANALYZED, source, serializer, "x");
        }
        int cores = Runtime.getRuntime().availableProcessors();
        status.accept("wirewatch bench: the analyzer alone on " + cores + " threads, the same article mix");
        double analyzerAlone = new AnalyzerThroughput(new ArticleAnalyzer(), cores)
                .measure(source.next("a-max", settings.articles()), ANALYZER_MILLIS);
        status.accept(String.format("  %.0f articles/s", analyzerAlone));
        status.accept("wirewatch bench: baseline pass-through topology");
        Properties passThrough = StreamsSettings.of(client);
        passThrough.put(StreamsConfig.APPLICATION_ID_CONFIG, config.get(WirewatchConfig.APPLICATION_ID) + "-baseline");
        Phase[] baseline;
        try (ExtractorService service = new ExtractorService(PassThroughTopology.build(), passThrough)) {
            service.start().awaitRunning(Duration.ofSeconds(60));
            baseline = measure(client, PassThroughTopology.INPUT, PassThroughTopology.OUTPUT, source, serializer, "b");
        }
        return new Result(extractor[0], extractor[1], baseline[0], baseline[1], analyzerAlone, settingsUsed(passThrough, partitions));
    }

    private Phase[] measure(Map<String, Object> client, String in, String out, BenchArticles source,
            Serializer<RawArticle> serializer, String tag) throws InterruptedException {
        try (LatencyProbe probe = new LatencyProbe(client, out); LoadDriver driver = new LoadDriver(client, 5)) {
            int warmedUp = warmUp(in, source, serializer, tag, probe, driver);
            if (tag.equals("x")) {
                extractorWarmup = warmedUp;
            }

            List<RawArticle> burst = source.next(tag + "-max", settings.articles());
            List<byte[]> burstValues = LoadDriver.serialize(burst, serializer, in);
            long burstStart = System.currentTimeMillis();
            Usage burstUsage = Usage.now();
            Thread burster = new Thread(() -> driver.sendAll(in, burst, burstValues), "bench-max-rate-sender");
            burster.start();
            LatencyProbe.Measured burstMeasured = probe.await(ids(burst), PHASE_TIMEOUT);
            burster.join();
            Phase max = Phase.of(burst.size(), burstMeasured, burstStart, burstUsage);
            status.accept(String.format("  max rate: %.0f articles/s, p50 %.0f ms, p99 %.0f ms (%d/%d); CPU %.1f ms per article, %d ms of it compiling",
                    max.throughputPerSecond(), max.p50Ms(), max.p99Ms(), max.received(), max.sent(),
                    max.cpuMillis() / (double) Math.max(1, max.received()), max.jitMillis()));

            List<RawArticle> steady = source.next(tag + "-rate", settings.rate() * settings.seconds());
            List<byte[]> steadyValues = LoadDriver.serialize(steady, serializer, in);
            // The schedule runs on its own thread while this one reads the outputs as they come.
            long[] steadyStart = new long[1];
            Thread sender = new Thread(() -> steadyStart[0] = driver.sendAtRate(in, steady, steadyValues, settings.rate()),
                    "bench-fixed-rate-sender");
            long approximateStart = System.currentTimeMillis();
            Usage steadyUsage = Usage.now();
            sender.start();
            LatencyProbe.Measured measured = probe.await(ids(steady), PHASE_TIMEOUT);
            sender.join();
            Phase fixed = Phase.of(steady.size(), measured, steadyStart[0] == 0 ? approximateStart : steadyStart[0], steadyUsage);
            status.accept(String.format("  %d articles/s: p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d/%d)", settings.rate(),
                    fixed.p50Ms(), fixed.p99Ms(), fixed.maxMs(), fixed.received(), fixed.sent()));
            return new Phase[] {max, fixed};
        }
    }

    /**
     * Sends {@link Settings#warmup()} articles, then more while the JIT compiler still takes more
     * than a tenth of a core ({@value #SETTLED_JIT_SHARE}) over a round of at least
     * {@value #ROUND_MILLIS} ms, for at most {@link Settings#warmupSeconds()} in all: with the
     * broker, Streams and the analyzer in one JVM it compiles for minutes, and what it takes is
     * taken from the work measured. Returns how many articles it sent.
     */
    private int warmUp(String in, BenchArticles source, Serializer<RawArticle> serializer, String tag, LatencyProbe probe,
            LoadDriver driver) throws InterruptedException {
        long deadline = System.currentTimeMillis() + settings.warmupSeconds() * 1000L;
        int batch = Math.max(1, settings.warmup() / 20);
        int sent = send(in, source.next(tag + "-warmup", settings.warmup()), serializer, probe, driver);
        for (int round = 1; System.currentTimeMillis() < deadline; round++) {
            long start = System.currentTimeMillis();
            Usage before = Usage.now();
            do {
                sent += send(in, source.next(tag + "-warmup-" + round + "-" + sent, batch), serializer, probe, driver);
            } while (System.currentTimeMillis() - start < ROUND_MILLIS);
            double jitShare = Usage.now().minus(before).jitMillis() / (double) (System.currentTimeMillis() - start);
            status.accept(String.format("  warmup: %d articles, the JIT compiling %.0f%% of the time", sent, 100 * jitShare));
            if (jitShare <= SETTLED_JIT_SHARE) {
                break;
            }
        }
        return sent;
    }

    private static int send(String in, List<RawArticle> articles, Serializer<RawArticle> serializer, LatencyProbe probe,
            LoadDriver driver) throws InterruptedException {
        Thread sender = new Thread(() -> driver.sendAll(in, articles, LoadDriver.serialize(articles, serializer, in)),
                "bench-warmup-sender");
        sender.start();
        probe.await(ids(articles), PHASE_TIMEOUT);
        sender.join();
        return articles.size();
    }

    private Map<String, Object> settingsUsed(Properties streams, int partitions) {
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("articles_at_max_rate", settings.articles());
        used.put("offered_rate_per_s", settings.rate());
        used.put("fixed_rate_seconds", settings.seconds());
        used.put("warmup_articles", extractorWarmup);
        used.put("partitions", partitions);
        used.put("processing_guarantee", streams.getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        used.put("commit_interval_ms", String.valueOf(streams.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)));
        used.put("num_stream_threads", String.valueOf(streams.getOrDefault(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1)));
        used.put("producer_linger_ms", String.valueOf(streams.get(StreamsConfig.producerPrefix("linger.ms"))));
        used.put("statestore_cache_max_bytes", String.valueOf(streams.getOrDefault(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, "default")));
        used.put("cores", Runtime.getRuntime().availableProcessors());
        used.put("java", System.getProperty("java.version"));
        used.put("heap_max_mb", Runtime.getRuntime().maxMemory() >> 20);
        used.put("jvm_memory_flags", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> arg.startsWith("-Xm") || arg.startsWith("-XX:+Use")).toList());
        used.put("overrides", new HashMap<>(settings.overrides()));
        return used;
    }

    private static Set<String> ids(List<RawArticle> articles) {
        return articles.stream().map(RawArticle::getId).collect(Collectors.toSet());
    }

    private static void createBenchTopics(Map<String, Object> client, int partitions) {
        try (Admin admin = Admin.create(client)) {
            for (String topic : List.of(PassThroughTopology.INPUT, PassThroughTopology.OUTPUT)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create " + topic + ": " + e.getCause().getMessage(), e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
