package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.testing.FeedServer;
import io.wirewatch.testing.SharedCluster;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Polling a feed into the real broker: re-polling (even of a re-served feed) sends nothing twice. */
class ProduceFeedIT {
    private final FeedServer server = new FeedServer();
    @TempDir
    Path stateDir;

    @AfterEach
    void stop() {
        server.close();
    }

    private CliRun poll(URI feed) {
        return CliRun.of("produce", "--bootstrap-servers", SharedCluster.kafka().bootstrapServers(),
                "--schema-registry-url", SharedCluster.registry().url(), "--state-dir", stateDir.toString(),
                "--feed", feed.toString(), "--once");
    }

    @Test
    void pollingTheSameFeedTwiceYieldsEachArticleOnce() {
        byte[] rss = FeedServer.resource("interfax-windows-1251.rss");
        URI feed = server.serve("/feed.xml", rss, "application/rss+xml", "\"v1\"");
        CliRun first = poll(feed);
        // The feed is served again in full under a new ETag: only the remembered ids stop duplicates.
        server.serve("/feed.xml", rss, "application/rss+xml", "\"v2\"");
        CliRun second = poll(feed);

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("3 item(s), 3 new or changed");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.err()).contains("3 item(s), 0 new or changed");

        CliRun tailed = CliRun.of("tail", "--bootstrap-servers", SharedCluster.kafka().bootstrapServers(),
                "--schema-registry-url", SharedCluster.registry().url(), "--json", "--from-beginning",
                "--timeout", "2", "news.article.raw.v1");
        List<String> keys = tailed.out().lines().map(CliRun::json)
                .filter(r -> r.path("value").path("feed").asText().equals(feed.toString()))
                .map(r -> r.get("key").asText()).toList();
        assertThat(keys).containsExactlyInAnyOrder(feed + "#1001", "http://127.0.0.1/news/1002",
                "http://127.0.0.1/news/1003");
    }
}
