package io.wirewatch.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Remembers the extractor's stream-thread failures, so {@code /health} can say the extractor is not
 * ready while a thread keeps failing (each failure replaces the thread; the state stays RUNNING):
 * {@value #REPEATED} or more failures within {@link #WINDOW}, with the latest reason.
 */
final class StreamThreadFailures {
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final int REPEATED = 2;
    private final Clock clock;
    private final Deque<Instant> recent = new ArrayDeque<>();
    private String latest;
    private long total;

    StreamThreadFailures(Clock clock) {
        this.clock = clock;
    }

    synchronized void record(Throwable failure) {
        recent.addLast(clock.instant());
        total++;
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        latest = root == failure ? String.valueOf(failure.getMessage())
                : failure.getMessage() + " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    /** Why the extractor is not ready, while its threads keep failing. */
    synchronized Optional<String> problem() {
        Instant since = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
            recent.removeFirst();
        }
        if (recent.size() < REPEATED) {
            return Optional.empty();
        }
        return Optional.of("stream threads failed " + recent.size() + " times in the last " + WINDOW.toMinutes()
                + " minutes; latest: " + latest);
    }

    /** The latest failure's message with its root cause, or null before the first. */
    synchronized String latest() {
        return latest;
    }

    synchronized long total() {
        return total;
    }
}
