package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.testing.SharedCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wirewatch produce} then {@code wirewatch tail} on the real broker and registry. */
class ProduceCommandIT {
    @TempDir
    Path dir;

    @Test
    void aBadFileIsReportedTheRestIsSentAndTheExitCodeSaysSomethingFailed() throws Exception {
        String run = Long.toString(System.nanoTime());
        Files.writeString(dir.resolve("good-" + run + ".txt"),
                "date 2026-02-10\nГлава МИД провёл переговоры\n\nМосква. 10 февраля. INTERFAX.RU - Текст " + run + ".\n");
        Files.write(dir.resolve("bad.txt"), new byte[] {'H', 'i', ' ', (byte) 0xC3, (byte) 0x28});

        CliRun produced = CliRun.of("produce", "--bootstrap-servers", SharedCluster.kafka().bootstrapServers(),
                "--schema-registry-url", SharedCluster.registry().url(), dir.toString());

        assertThat(produced.code()).isEqualTo(1);
        assertThat(produced.err()).contains("bad.txt").contains("invalid UTF-8").contains("sent 1 article(s)").contains("1 failed");

        CliRun tailed = CliRun.of("tail", "--bootstrap-servers", SharedCluster.kafka().bootstrapServers(),
                "--schema-registry-url", SharedCluster.registry().url(), "--json", "--from-beginning",
                "--timeout", "2", "news.article.raw.v1");
        assertThat(tailed.code()).isZero();
        assertThat(tailed.out().lines().filter(l -> l.contains("\"key\":\"good-" + run + "\""))).singleElement()
                .satisfies(line -> assertThat(line).contains("\"topic\":\"news.article.raw.v1\"")
                        .contains("\"headline\":\"Глава МИД провёл переговоры\""));
    }

    @Test
    void tailWithTheRegistrysRootInsteadOfItsApiWarnsOncePerSchemaId() throws Exception {
        String run = Long.toString(System.nanoTime());
        Files.writeString(dir.resolve("a-" + run + ".txt"), "Москва. 10 февраля. INTERFAX.RU - Первый " + run + ".\n");
        Files.writeString(dir.resolve("b-" + run + ".txt"), "Москва. 10 февраля. INTERFAX.RU - Второй " + run + ".\n");
        assertThat(CliRun.of("produce", "--bootstrap-servers", SharedCluster.kafka().bootstrapServers(),
                "--schema-registry-url", SharedCluster.registry().url(), dir.toString()).code()).isZero();

        String root = SharedCluster.registry().url().replace("/apis/ccompat/v7", "");
        CliRun tailed = CliRun.of("tail", "--bootstrap-servers", SharedCluster.kafka().bootstrapServers(),
                "--schema-registry-url", root, "--json", "--from-beginning", "--timeout", "2", "news.article.raw.v1");

        assertThat(tailed.code()).isZero();
        assertThat(tailed.out().lines().filter(l -> l.contains(run))).hasSize(2)
                .allMatch(l -> l.contains("\"value\":\"base64:") || !l.contains("\"value\":{"));
        List<String> warnings = tailed.err().lines().filter(l -> l.startsWith("warning: news.article.raw.v1")).toList();
        assertThat(warnings).isNotEmpty().doesNotHaveDuplicates()
                .allSatisfy(w -> assertThat(w).contains("cannot be decoded").contains(root).contains("--schema-registry-url"));
        assertThat(warnings.size()).isLessThan(tailed.out().lines().toList().size());
    }
}
