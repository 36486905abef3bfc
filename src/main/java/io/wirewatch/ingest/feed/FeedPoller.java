package io.wirewatch.ingest.feed;

import io.wirewatch.ingest.ArticleSink;
import io.wirewatch.ingest.SourceState;
import io.wirewatch.ingest.SourceStateStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Polls RSS/Atom feeds into an {@link ArticleSink}: a conditional GET per feed, new and changed
 * items only (per-feed {@link SourceState}, kept across restarts by the {@link SourceStateStore}),
 * validators stored only once every item of the answer was delivered (so a 304 never hides an
 * article that failed to send). A failing feed is retried with exponential backoff (from
 * a first delay, doubling, at most the larger of the interval and {@link #MAX_BACKOFF}, or
 * what {@code Retry-After} asks); the other feeds keep their rhythm.
 */
public final class FeedPoller {
    /** Default delay before the first retry of a failing feed. */
    public static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    static final Duration ONCE_MAX_BACKOFF = Duration.ofSeconds(30);

    private final FeedFetcher fetcher;
    private final SourceStateStore states;
    private final ArticleSink sink;
    private final String agency;
    private final Clock clock;
    private final Consumer<String> log;
    private final Duration firstRetry;
    private final Map<URI, Integer> failures = new HashMap<>();

    /** @param firstRetry delay before the first retry of a failing feed; later ones double it */
    public FeedPoller(FeedFetcher fetcher, SourceStateStore states, ArticleSink sink, String agency, Clock clock,
            Consumer<String> log, Duration firstRetry) {
        this.firstRetry = firstRetry;
        this.fetcher = fetcher;
        this.states = states;
        this.sink = sink;
        this.agency = agency;
        this.clock = clock;
        this.log = log;
    }

    /** What one poll of one feed did. */
    public record Poll(URI feed, int items, int delivered, int skipped, boolean notModified, String error,
            boolean retryable, Duration retryAfter) {
        public boolean ok() {
            return error == null;
        }
    }

    /** One conditional GET of {@code feed}; new and changed items go to the sink. */
    public Poll poll(URI feed) throws InterruptedException {
        String key = feed.toString();
        SourceState state = states.load(key);
        FeedResponse response = fetcher.fetch(feed, state.etag(), state.lastModified());
        switch (response.kind()) {
            case NOT_MODIFIED:
                return new Poll(feed, 0, 0, 0, true, null, false, null);
            case FAILED:
                return new Poll(feed, 0, 0, 0, false, response.error(), response.retryable(), response.retryAfter());
            default:
                break;
        }
        FeedParser.ParsedFeed parsed;
        try {
            parsed = FeedParser.parse(key, response.body(), response.charset(), agency, clock.instant());
        } catch (FeedFormatException e) {
            return new Poll(feed, 0, 0, 0, false, e.reason(), true, null);
        }
        parsed.problems().forEach(p -> log.accept("wirewatch: " + p));
        SourceState.Delivery delivery = state.deliverNew(parsed.articles(), sink);
        if (delivery.complete()) {
            state.validators(response.etag(), response.lastModified());
        }
        states.save(key, state);
        int items = parsed.articles().size();
        int skipped = items - delivery.offered();
        return delivery.complete() ? new Poll(feed, items, delivery.delivered(), skipped, false, null, false, null)
                : new Poll(feed, items, delivery.delivered(), skipped, false,
                        (delivery.offered() - delivery.delivered()) + " article(s) not delivered", true, null);
    }

    /**
     * Polls {@code feeds} once each, retrying a feed that fails transiently up to {@code attempts}
     * times with backoff; returns the last poll of each.
     */
    public List<Poll> pollOnce(List<URI> feeds, int attempts) throws InterruptedException {
        List<Poll> polls = new ArrayList<>();
        for (URI feed : feeds) {
            Poll poll = poll(feed);
            for (int attempt = 1; attempt < attempts && !poll.ok() && poll.retryable(); attempt++) {
                log.accept("wirewatch: " + feed + ": " + poll.error() + "; retrying");
                Thread.sleep(backoff(attempt, firstRetry, ONCE_MAX_BACKOFF, poll.retryAfter()).toMillis());
                poll = poll(feed);
            }
            report(poll);
            polls.add(poll);
        }
        return polls;
    }

    /** Polls every feed each {@code interval} until interrupted; failing feeds back off on their own. */
    public void run(List<URI> feeds, Duration interval) throws InterruptedException {
        Map<URI, Instant> due = new HashMap<>();
        feeds.forEach(f -> due.put(f, clock.instant()));
        while (!Thread.currentThread().isInterrupted()) {
            for (URI feed : feeds) {
                if (clock.instant().isBefore(due.get(feed))) {
                    continue;
                }
                Poll poll = poll(feed);
                report(poll);
                if (poll.ok()) {
                    failures.remove(feed);
                    due.put(feed, clock.instant().plus(interval));
                } else {
                    int failed = failures.merge(feed, 1, Integer::sum);
                    due.put(feed, clock.instant().plus(backoff(failed, firstRetry, interval.compareTo(MAX_BACKOFF) > 0 ? interval : MAX_BACKOFF, poll.retryAfter())));
                }
            }
            Instant next = due.values().stream().min(Instant::compareTo).orElseThrow();
            long sleep = Duration.between(clock.instant(), next).toMillis();
            if (sleep > 0) {
                Thread.sleep(sleep);
            }
        }
    }

    /** Delay before retry number {@code failed} (1-based). */
    static Duration backoff(int failed, Duration firstRetry, Duration cap, Duration retryAfter) {
        Duration delay = firstRetry.multipliedBy(1L << Math.min(failed - 1, 20));
        if (delay.compareTo(cap) > 0) {
            delay = cap;
        }
        return retryAfter != null && retryAfter.compareTo(delay) > 0 && retryAfter.compareTo(cap) <= 0 ? retryAfter : delay;
    }

    private void report(Poll poll) {
        if (!poll.ok()) {
            log.accept("wirewatch: " + poll.feed() + ": " + poll.error());
        } else if (poll.notModified()) {
            log.accept("wirewatch: " + poll.feed() + ": not modified");
        } else {
            log.accept("wirewatch: " + poll.feed() + ": " + poll.items() + " item(s), " + poll.delivered() + " new or changed");
        }
    }
}
