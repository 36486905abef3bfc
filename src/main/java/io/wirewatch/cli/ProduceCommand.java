package io.wirewatch.cli;

import io.wirewatch.config.WirewatchConfig;
import io.wirewatch.ingest.ArticleSink;
import io.wirewatch.ingest.DirectoryWatcher;
import io.wirewatch.ingest.FileIngest;
import io.wirewatch.ingest.IngestEndpoint;
import io.wirewatch.ingest.IngestOrigins;
import io.wirewatch.ingest.IngestServer;
import io.wirewatch.ingest.JsonLinesSink;
import io.wirewatch.ingest.KafkaArticleSink;
import io.wirewatch.ingest.RawArticleProducer;
import io.wirewatch.ingest.SourceStateStore;
import io.wirewatch.ingest.feed.FeedFetcher;
import io.wirewatch.ingest.feed.FeedPoller;
import io.wirewatch.runtime.TopicCreator;
import io.wirewatch.topology.Topics;
import io.wirewatch.topology.WirewatchTopics;
import io.wirewatch.web.BearerToken;
import io.wirewatch.web.BindCheck;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wirewatch produce}: articles from files, directories, watched directories, RSS/Atom feeds
 * and an HTTP endpoint to news.article.raw.v1 (or, with {@code --dry-run}, to standard output).
 */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = {"Publish articles to " + Topics.RAW + " (key: article id) from files and directories,",
                "RSS/Atom feeds (--feed), watched directories (--watch) and HTTP POST /ingest (--ingest-port).",
                "Files: seed text format and plain text (.txt), JSON (.json), JSON lines (.jsonl, .ndjson).",
                "Feeds and watched directories remember what they sent (--state-dir), so re-polling or a restart",
                "sends nothing twice. With --once (or only files) it sends and exits; exit 1 if anything failed."})
final class ProduceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Files, or directories of files.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "URL", description = "An RSS or Atom feed to poll; repeatable.")
    List<URI> feeds = new ArrayList<>();

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "Time between polls of a feed (default: ${DEFAULT-VALUE}); failing feeds back off.")
    Duration interval;

    @Option(names = "--once", description = "Poll each feed and scan each watched directory once, then exit.")
    boolean once;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "3",
            description = "With --once: tries per feed when it fails transiently (default: ${DEFAULT-VALUE}).")
    int attempts;

    @Option(names = "--agency", paramLabel = "NAME", description = "Source recorded for feed items (default: the feed's title).")
    String agency;

    @Option(names = "--watch", paramLabel = "DIR", description = "A directory whose new and changed files are sent; repeatable.")
    List<Path> watched = new ArrayList<>();

    @Option(names = "--ingest-port", paramLabel = "PORT",
            description = "Serve HTTP POST /ingest on this port (JSON article or array of articles).")
    Integer ingestPort;

    @Option(names = "--ingest-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address for /ingest (default: ${DEFAULT-VALUE}); anything else needs WIREWATCH_INGEST_TOKEN or --insecure-no-auth.")
    String ingestHost;

    @Option(names = "--ingest-allowed-hosts", paramLabel = "NAMES", split = ",",
            description = "Further Host names /ingest answers to (default: the bound name; loopback names on loopback).")
    List<String> ingestAllowedHosts = new ArrayList<>();

    @Option(names = "--ingest-allowed-origins", paramLabel = "ORIGINS", split = ",",
            description = "Web origins (https://desk.example.org) whose pages may POST to /ingest (default: none).")
    List<String> ingestAllowedOrigins = new ArrayList<>();

    @Option(names = "--insecure-no-auth",
            description = "Allow --ingest-host beyond loopback without WIREWATCH_INGEST_TOKEN: anyone who reaches it can send articles.")
    boolean insecureNoAuth;

    @Option(names = "--ingest-max-bytes", paramLabel = "BYTES", defaultValue = "10485760",
            description = "Largest /ingest request body (default: ${DEFAULT-VALUE}).")
    int ingestMaxBytes;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Where feeds and watched directories remember what was sent (default: ~/.wirewatch/ingest).")
    Path stateDir;

    @Option(names = "--dry-run", description = "Print the RawArticles instead of sending them; needs no broker.")
    boolean dryRun;

    @Option(names = "--json", description = "With --dry-run: one JSON object per article per line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (inputs.isEmpty() && feeds.isEmpty() && watched.isEmpty() && ingestPort == null) {
            throw new ParameterException(spec.commandLine(), "nothing to produce: give FILE|DIR, --feed, --watch or --ingest-port");
        }
        if (json && !dryRun) {
            throw new ParameterException(spec.commandLine(), "--json goes with --dry-run (what is sent is Avro)");
        }
        if (ingestPort != null) {
            BindCheck.check("POST /ingest", ingestHost, new BearerToken(ingestToken()).isSet(), insecureNoAuth,
                    "WIREWATCH_INGEST_TOKEN");
        }
        for (Path dir : watched) {
            if (!Files.isDirectory(dir)) {
                throw new ParameterException(spec.commandLine(), "--watch " + dir + ": not a directory");
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        Consumer<String> log = line -> {
            err.println(line);
            err.flush();
        };
        if (dryRun) {
            return produce(dryRunSink(), SourceStateStore.inMemory(), log);
        }
        WirewatchConfig config = cluster.resolve();
        if (config.get(WirewatchConfig.CREATE_TOPICS)) {
            TopicCreator.ensureTopics(config.clientProperties(), config.get(WirewatchConfig.PARTITIONS));
        }
        Map<String, Object> client = config.clientProperties();
        try (RawArticleProducer producer = new RawArticleProducer(client, WirewatchTopics.withRegistry(client).raw())) {
            return produce(new KafkaArticleSink(producer, log), SourceStateStore.in(stateDirectory()), log);
        }
    }

    private int produce(ArticleSink sink, SourceStateStore states, Consumer<String> log) throws Exception {
        int failures = 0;
        if (!inputs.isEmpty()) {
            FileIngest.Result result = FileIngest.deliver(inputs, sink, log);
            log.accept("wirewatch: " + (dryRun ? "read " : "sent ") + result.articleIds().size() + " article(s) from files"
                    + (result.failures() > 0 ? "; " + result.failures() + " failed" : ""));
            failures += result.failures();
        }
        Clock clock = Clock.systemUTC();
        FeedPoller poller = new FeedPoller(new FeedFetcher(Duration.ofSeconds(10), Duration.ofSeconds(30)),
                states, sink, agency, clock, log, FeedPoller.FIRST_RETRY);
        List<DirectoryWatcher> watchers = watched.stream()
                .map(dir -> new DirectoryWatcher(dir, states, sink, clock, log)).toList();
        boolean continuous = !once && (!feeds.isEmpty() || !watched.isEmpty() || ingestPort != null);
        if (!continuous) {
            failures += (int) poller.pollOnce(feeds, Math.max(1, attempts)).stream().filter(p -> !p.ok()).count();
            for (DirectoryWatcher watcher : watchers) {
                watcher.scan();
            }
            return failures == 0 ? 0 : 1;
        }
        runUntilStopped(sink, poller, watchers, log);
        return 0;
    }

    private void runUntilStopped(ArticleSink sink, FeedPoller poller, List<DirectoryWatcher> watchers,
            Consumer<String> log) throws Exception {
        List<Thread> workers = new ArrayList<>();
        if (!feeds.isEmpty()) {
            workers.add(worker("wirewatch-feeds", () -> poller.run(feeds, interval), log));
        }
        for (DirectoryWatcher watcher : watchers) {
            workers.add(worker("wirewatch-watch", watcher::run, log));
        }
        IngestServer server = ingestPort == null ? null : IngestServer.start(ingestHost, ingestPort, ingestAllowedHosts,
                new IngestEndpoint(sink, ingestMaxBytes, ingestToken(), new IngestOrigins(ingestAllowedOrigins), Clock.systemUTC()));
        if (server != null) {
            log.accept("wirewatch: accepting POST http://" + ingestHost + ":" + server.port() + "/ingest");
        }
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            workers.forEach(Thread::interrupt);
            main.interrupt();
            try {
                main.join(15_000); // let the producer flush what is in flight
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "wirewatch-produce-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        workers.forEach(Thread::start);
        try {
            for (Thread worker : workers) {
                worker.join();
            }
            if (server != null) {
                Thread.sleep(Long.MAX_VALUE);
            }
        } catch (InterruptedException stopping) {
            workers.forEach(Thread::interrupt);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static Thread worker(String name, Work work, Consumer<String> log) {
        return new Thread(() -> {
            try {
                work.run();
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                log.accept("wirewatch: " + name + " stopped: " + e.getMessage());
            }
        }, name);
    }

    private ArticleSink dryRunSink() {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            return new JsonLinesSink(out);
        }
        return articles -> {
            var ids = new java.util.LinkedHashSet<String>();
            articles.forEach(a -> {
                out.println(a.getId() + "\t" + (a.getPublished() == null ? "-" : a.getPublished()) + "\t"
                        + (a.getHeadline().isEmpty() ? a.getBody().lines().findFirst().orElse("") : a.getHeadline()));
                ids.add(a.getId());
            });
            out.flush();
            return ids;
        };
    }

    private static String ingestToken() {
        return System.getenv("WIREWATCH_INGEST_TOKEN");
    }

    private Path stateDirectory() {
        return stateDir != null ? stateDir : Path.of(System.getProperty("user.home"), ".wirewatch", "ingest");
    }
}
