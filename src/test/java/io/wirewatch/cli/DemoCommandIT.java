package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code wirewatch demo}: its own embedded broker and registry, the seeds, printed outputs. */
class DemoCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void demoOncePrintsEverythingThePipelineWritesForTheSeedAsJsonLinesAndExitsZero() {
        CliRun demo = CliRun.of("demo", "--once", "--json", "--kafka-port", "0", "--http-port", "0",
                "--registry-port", "0", "--timeout", "120");

        assertThat(demo.code()).as(demo.err()).isZero();
        List<JsonNode> records = demo.out().lines().map(DemoCommandIT::parse).toList();
        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(r.fieldNames()).toIterable()
                .contains("topic", "partition", "offset", "key", "value"));
        assertThat(records).anySatisfy(r -> {
            assertThat(r.path("topic").asText()).isEqualTo("news.article.analyzed.v1");
            assertThat(r.path("value").path("language").asText()).isEqualTo("ru");
            assertThat(r.path("value").path("article").path("source").asText()).isEqualTo("INTERFAX.RU");
        });
        // every contact event, however late the cross-article merge writes it, is printed before the exit
        List<String> events = records.stream().filter(r -> r.path("topic").asText().equals("news.contact.event.v1"))
                .map(r -> r.path("value").path("status").asText() + "/" + r.path("value").path("level").asText()).toList();
        assertThat(events).contains("RESUMED/WORKING", "PLANNED/HEAD_OF_STATE");
        assertThat(records.stream().filter(r -> r.path("topic").asText().equals("news.statement.v1")).count())
                .isGreaterThanOrEqualTo(6);
        // and the alerts the bundled rules fire on them, the speaker's after the statements are read back
        assertThat(records.stream().filter(r -> r.path("topic").asText().equals("news.alert.v1"))
                .map(r -> r.path("value").path("ruleId").asText()))
                .contains("new-contact-with-russia", "kremlin-spokesman-speaks");
    }

    @Test
    void aBusyPortIsNamedWithTheFlagThatChangesIt() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun demo = CliRun.of("demo", "--once", "--kafka-port",
                    Integer.toString(busy.getLocalPort()), "--registry-port", "0");
            assertThat(demo.code()).isEqualTo(2);
            assertThat(demo.err()).contains(Integer.toString(busy.getLocalPort())).contains("--kafka-port");
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON line: " + line, e);
        }
    }
}
