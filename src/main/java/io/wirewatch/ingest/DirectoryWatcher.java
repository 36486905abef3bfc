package io.wirewatch.ingest;

import io.wirewatch.extract.source.ArticleJsonParser.Parsed;
import io.wirewatch.schema.RawArticle;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code --watch DIR}: articles from files that appear in (or change in) a directory, in the same
 * formats as {@code produce FILE}. A file is read once it has been left alone for
 * {@link #SETTLE} (so a file still being written is not read half-way); the directory's
 * {@link SourceState} remembers what was delivered, so a restart or a rewrite of an unchanged file
 * sends nothing twice, and a file that failed is retried only when it changes.
 */
public final class DirectoryWatcher {
    static final Duration SETTLE = Duration.ofMillis(400);

    private final Path dir;
    private final SourceStateStore states;
    private final ArticleSink sink;
    private final Clock clock;
    private final Consumer<String> log;
    private final Map<Path, FileTime> handled = new HashMap<>();

    public DirectoryWatcher(Path dir, SourceStateStore states, ArticleSink sink, Clock clock, Consumer<String> log) {
        this.dir = dir.toAbsolutePath().normalize();
        this.states = states;
        this.sink = sink;
        this.clock = clock;
        this.log = log;
    }

    /** Reads every settled file not yet handled; returns how many articles were delivered. */
    public int scan() throws InterruptedException {
        int delivered = 0;
        for (Path file : settledFiles()) {
            delivered += ingest(file);
        }
        return delivered;
    }

    /** Scans, then waits for changes and scans again, until interrupted. */
    public void run() throws IOException, InterruptedException {
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            while (!Thread.currentThread().isInterrupted()) {
                scan();
                WatchKey key = watcher.poll(SETTLE.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    if (!key.reset()) {
                        throw new IOException("watched directory " + dir + " is no longer accessible");
                    }
                }
            }
        }
    }

    private List<Path> settledFiles() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path file : entries.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!Files.isRegularFile(file) || name.startsWith(".") || name.endsWith(".tmp") || name.endsWith(".part")) {
                    continue;
                }
                FileTime modified = Files.getLastModifiedTime(file);
                boolean settled = clock.millis() - modified.toMillis() >= SETTLE.toMillis();
                if (settled && !modified.equals(handled.get(file))) {
                    files.add(file);
                    handled.put(file, modified);
                }
            }
        } catch (IOException e) {
            log.accept("wirewatch: cannot list " + dir + ": " + e.getMessage());
        }
        return files;
    }

    private int ingest(Path file) throws InterruptedException {
        String key = "dir:" + dir;
        SourceState state = states.load(key);
        List<RawArticle> articles = new ArrayList<>();
        for (Parsed parsed : ArticleFiles.readFile(file)) {
            if (parsed.isOk()) {
                articles.add(RawArticles.from(parsed.article(), parsed.input(), clock.instant()));
            } else {
                log.accept("wirewatch: " + parsed.input() + ": " + parsed.error());
            }
        }
        SourceState.Delivery delivery = state.deliverNew(articles, sink);
        if (delivery.offered() == 0) {
            return 0;
        }
        states.save(key, state);
        if (!delivery.complete()) {
            handled.remove(file); // offer the rest again on the next scan
        }
        log.accept("wirewatch: " + file + ": " + delivery.delivered() + " article(s) sent");
        return delivery.delivered();
    }
}
