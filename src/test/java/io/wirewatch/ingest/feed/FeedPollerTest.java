package io.wirewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.ingest.ArticleSink;
import io.wirewatch.ingest.SourceStateStore;
import io.wirewatch.testing.CollectingSink;
import io.wirewatch.testing.FeedServer;
import io.wirewatch.testing.FeedServer.Failure;
import io.wirewatch.schema.RawArticle;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedPollerTest {
    private static final String RSS = "application/rss+xml";
    private final FeedServer server = new FeedServer();
    private final CollectingSink collecting = new CollectingSink();
    private final List<String> log = new ArrayList<>();
    @TempDir
    Path stateDir;

    @AfterEach
    void stop() {
        server.close();
    }

    private FeedPoller poller(ArticleSink sink) {
        return new FeedPoller(new FeedFetcher(Duration.ofSeconds(2), Duration.ofMillis(700)),
                SourceStateStore.in(stateDir), sink, null, Clock.systemUTC(), log::add, Duration.ofMillis(50));
    }

    private URI interfax(String etag) {
        return server.serve("/feed.xml", FeedServer.resource("interfax-windows-1251.rss"), RSS, etag);
    }

    @Test
    void aSecondPollIsAConditionalGetThatSendsNothing() throws Exception {
        URI feed = interfax("\"v1\"");
        FeedPoller poller = poller(collecting);

        assertThat(poller.poll(feed).delivered()).isEqualTo(3);
        FeedPoller.Poll second = poller.poll(feed);

        assertThat(second.notModified()).isTrue();
        assertThat(server.notModifiedAnswers()).isEqualTo(1);
        assertThat(collecting.ids()).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void aRepublishedFeedSendsOnlyNewAndChangedItems() throws Exception {
        URI feed = interfax("\"v1\"");
        poller(collecting).poll(feed);
        String changed = new String(FeedServer.resource("interfax-windows-1251.rss"), Charset.forName("windows-1251"))
                .replace("на техническом уровне.</p>", "на техническом уровне, сообщили в Кремле.</p>")
                .replace("<item>\n<title>Лавров", "<item><title>Новая заметка</title><guid>http://127.0.0.1/news/1004</guid>"
                        + "<description>Текст новой заметки.</description></item>\n<item>\n<title>Лавров");
        server.serve("/feed.xml", changed.getBytes(Charset.forName("windows-1251")), RSS, "\"v2\"");

        FeedPoller.Poll poll = poller(collecting).poll(feed);

        assertThat(poll.items()).isEqualTo(4);
        assertThat(poll.delivered()).isEqualTo(2);
        assertThat(collecting.ids()).containsExactly(feed + "#1001",
                "http://127.0.0.1/news/1002", "http://127.0.0.1/news/1003",
                feed + "#1001", "http://127.0.0.1/news/1004");
    }

    @Test
    void theStateSurvivesARestartSoNothingIsSentTwice() throws Exception {
        URI feed = interfax("\"v1\"");
        poller(collecting).poll(feed);
        // A server that ignores validators: the seen ids alone must stop duplicates.
        server.serve("/feed.xml", FeedServer.resource("interfax-windows-1251.rss"), RSS, "\"changed-etag\"");

        FeedPoller.Poll afterRestart = poller(collecting).poll(feed);

        assertThat(afterRestart.delivered()).isZero();
        assertThat(afterRestart.skipped()).isEqualTo(3);
        assertThat(collecting.ids()).hasSize(3);
    }

    @Test
    void serverErrorsAndTimeoutsAreRetriedUntilTheFeedAnswers() throws Exception {
        URI feed = interfax("\"v1\"");
        server.failNext(Failure.status(500), Failure.stall(1_500));

        List<FeedPoller.Poll> polls = poller(collecting).pollOnce(List.of(feed), 3);

        assertThat(polls.get(0).ok()).isTrue();
        assertThat(server.requests()).isEqualTo(3);
        assertThat(log).anyMatch(l -> l.contains("HTTP 500")).anyMatch(l -> l.contains("timed out"));
        assertThat(collecting.ids()).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void aFeedThatKeepsFailingIsReportedAndSendsNothing() throws Exception {
        URI feed = interfax("\"v1\"");
        server.failNext(Failure.status(503), Failure.status(503));

        List<FeedPoller.Poll> polls = poller(collecting).pollOnce(List.of(feed), 2);

        assertThat(polls.get(0).ok()).isFalse();
        assertThat(polls.get(0).error()).isEqualTo("HTTP 503");
        assertThat(collecting.received()).isEmpty();
    }

    @Test
    void undeliveredItemsAreOfferedAgainEvenWhenTheFeedIsUnchanged() throws Exception {
        URI feed = interfax("\"v1\"");
        ArticleSink refusesFlashes = articles ->
                collecting.deliver(articles.stream().filter(a -> !a.getHeadline().isEmpty()).toList());
        FeedPoller.Poll first = poller(refusesFlashes).poll(feed);
        FeedPoller.Poll second = poller(collecting).poll(feed);

        assertThat(first.ok()).isFalse();
        assertThat(second.notModified()).isFalse();
        assertThat(second.delivered()).isEqualTo(1);
        assertThat(collecting.ids()).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void backoffDoublesFromTheFirstRetryUpToTheCapAndHonoursRetryAfter() {
        Duration cap = Duration.ofMinutes(10);
        assertThat(FeedPoller.backoff(1, Duration.ofSeconds(2), cap, null)).isEqualTo(Duration.ofSeconds(2));
        assertThat(FeedPoller.backoff(3, Duration.ofSeconds(2), cap, null)).isEqualTo(Duration.ofSeconds(8));
        assertThat(FeedPoller.backoff(30, Duration.ofSeconds(2), cap, null)).isEqualTo(cap);
        assertThat(FeedPoller.backoff(1, Duration.ofSeconds(2), cap, Duration.ofSeconds(20))).isEqualTo(Duration.ofSeconds(20));
    }
}
