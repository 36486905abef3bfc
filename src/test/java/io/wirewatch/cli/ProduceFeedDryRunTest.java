package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.testing.FeedServer;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code wirewatch produce --feed URL --once --dry-run --json}: checking a feed, without a broker. */
class ProduceFeedDryRunTest {
    private final FeedServer server = new FeedServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aWindows1251FeedPrintsEveryItemWithCyrillicDecoded() throws Exception {
        URI feed = server.serve("/feed.xml", FeedServer.resource("interfax-windows-1251.rss"),
                "application/rss+xml; charset=windows-1251", "\"v1\"");

        CliRun run = CliRun.of("produce", "--feed", feed.toString(), "--once", "--dry-run", "--json",
                "--bootstrap-servers", "127.0.0.1:1");

        assertThat(run.code()).as(run.err()).isZero();
        List<JsonNode> items = run.out().lines().map(CliRun::json).toList();
        assertThat(items).extracting(i -> i.get("headline").asText()).containsExactly(
                "В Кремле подтвердили возобновление контактов с Францией",
                "Лавров провёл переговоры с главой МИД Турции",
                "");
        assertThat(items.get(0).get("body").asText()).contains("Дмитрий Песков").doesNotContain("<p>", "alert");
        assertThat(items.get(2).get("body").asText()).startsWith("МОЛНИЯ: Песков");
        assertThat(items).allSatisfy(i -> {
            assertThat(i.get("source").asText()).isEqualTo("Интерфакс — Главные новости");
            assertThat(i.get("format").asText()).isEqualTo("RSS");
            assertThat(i.get("feed").asText()).isEqualTo(feed.toString());
        });
        assertThat(items.get(0).get("published").asText()).isEqualTo("2026-02-09T22:30:00Z");
        assertThat(items.get(0).get("publishedOffset").asText()).isEqualTo("+03:00");
        assertThat(run.err()).contains("3 item(s), 3 new or changed");
    }

    @Test
    void anUnreachableFeedIsReportedAndTheExitCodeSaysSo() {
        CliRun run = CliRun.of("produce", "--feed", "http://127.0.0.1:1/feed.xml", "--once", "--attempts", "1",
                "--dry-run", "--json");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("http://127.0.0.1:1/feed.xml").contains("cannot fetch");
    }

    @Test
    void withNothingToProduceTheCommandSaysWhatItNeeds() {
        CliRun run = CliRun.of("produce", "--dry-run");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("nothing to produce");
    }
}
