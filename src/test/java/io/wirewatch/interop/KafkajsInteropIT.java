package io.wirewatch.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.config.WirewatchConfig;
import io.wirewatch.extract.source.ArticleTextParser;
import io.wirewatch.ingest.RawArticleProducer;
import io.wirewatch.ingest.RawArticles;
import io.wirewatch.runtime.ContractFiles;
import io.wirewatch.runtime.Pipeline;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.testing.SharedCluster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A client that is not Java, against the real stack: kafkajs 2.2.4 with
 * {@code @kafkajs/confluent-schema-registry} 3.9.0 (pinned in {@code src/test/node/interop}, installed
 * with {@code npm ci} into {@code target/interop-node}) registers the published raw-article contract
 * (finding the id Wirewatch registered, adding no version), produces an article the pipeline
 * analyses, and decodes every record of every output topic. Needs {@code node} and {@code npm}.
 */
class KafkajsInteropIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SOURCES = Path.of("src/test/node/interop");
    private static final Path WORK = Path.of("target/interop-node");

    @Test
    void kafkajsRegistersTheContractProducesAnArticleAndDecodesEveryOutputTopic() throws Exception {
        Path script = installClient();
        Path contracts = WORK.resolve("contracts");
        ContractFiles.write(contracts);
        WirewatchConfig config = SharedCluster.config();
        String run = UUID.randomUUID().toString();

        JsonNode result;
        try (Pipeline pipeline = Pipeline.start(config)) {
            try (RawArticleProducer producer = new RawArticleProducer(config.clientProperties(), pipeline.topics().raw())) {
                assertThat(producer.sendAll(List.of(seedArticle(run)))).allMatch(RawArticleProducer.Outcome::ok);
            }
            result = run(List.of("node", script.getFileName().toString()), Map.of(
                    "BOOTSTRAP", SharedCluster.kafka().bootstrapServers(),
                    "REGISTRY", SharedCluster.registry().url(),
                    "CONTRACT", contracts.resolve("RawArticle.avsc").toAbsolutePath().toString(),
                    "RUN", run), 240);
        }

        JsonNode contract = result.path("contract");
        int wirewatchId = contract.path("before").path("id").asInt();
        assertThat(contract.path("lookedUp").asInt()).as("lookup of the published contract").isEqualTo(wirewatchId);
        assertThat(contract.path("registered").asInt()).as("kafkajs register()").isEqualTo(wirewatchId);
        assertThat(contract.path("after").path("version").asInt()).as("no new version")
                .isEqualTo(contract.path("before").path("version").asInt());
        assertThat(result.path("failures")).as("records kafkajs could not decode").isEmpty();
        result.path("decoded").fields().forEachRemaining(topic ->
                assertThat(topic.getValue().asInt()).as("decoded on " + topic.getKey()).isPositive());
        assertThat(result.path("decoded").size()).isEqualTo(4);
        JsonNode analyzed = result.path("analyzed");
        assertThat(analyzed.isObject()).as("kafkajs' article analysed: " + result).isTrue();
        assertThat(analyzed.path("language").asText()).isEqualTo("en");
        assertThat(analyzed.path("text").asText()).contains("Vieira and Jaishankar held talks " + run);
    }

    /** The pinned client in target/interop-node, installed from the lock file when it changed. */
    private static Path installClient() throws Exception {
        Files.createDirectories(WORK);
        requireOnPath("node");
        requireOnPath("npm");
        boolean changed = false;
        for (String file : List.of("package.json", "package-lock.json", "interop.js")) {
            Path target = WORK.resolve(file);
            byte[] source = Files.readAllBytes(SOURCES.resolve(file));
            if (!Files.exists(target) || !java.util.Arrays.equals(source, Files.readAllBytes(target))) {
                Files.copy(SOURCES.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
                changed = true;
            }
        }
        if (changed || !Files.isDirectory(WORK.resolve("node_modules/kafkajs"))) {
            exec(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"), Map.of(), 600);
        }
        return WORK.resolve("interop.js");
    }

    private static void requireOnPath(String program) {
        try {
            exec(List.of(program, "--version"), Map.of(), 30);
        } catch (IOException | InterruptedException | AssertionError e) {
            throw new AssertionError(program + " is required by this test (kafkajs is the non-Java client) and "
                    + "could not run: " + e.getMessage() + ". Install Node.js 18+ and npm (Debian: apt-get install "
                    + "nodejs npm; .ci/run does).", e);
        }
    }

    private static JsonNode run(List<String> command, Map<String, String> env, long timeoutSeconds) throws Exception {
        String out = exec(command, env, timeoutSeconds);
        String last = out.lines().reduce((a, b) -> b).orElse("");
        System.out.println("kafkajs: " + last);
        return JSON.readTree(last);
    }

    /** Runs in target/interop-node; stdout returned, stderr kept in a file; a non-zero exit fails with both. */
    private static String exec(List<String> command, Map<String, String> env, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path stderr = Files.createTempFile("interop", ".err");
        Path stdout = Files.createTempFile("interop", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s: "
                    + Files.readString(stderr, StandardCharsets.UTF_8));
        }
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + process.exitValue() + ": "
                    + Files.readString(stderr, StandardCharsets.UTF_8) + out);
        }
        return out;
    }

    private static RawArticle seedArticle(String run) throws Exception {
        Path seedFile;
        try (var files = Files.list(Path.of("seeds"))) {
            seedFile = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        RawArticle seed = RawArticles.from(ArticleTextParser.parse("interop-seed-" + run, Files.readString(seedFile)),
                seedFile.toString(), Instant.now());
        // Text of its own: the extractor drops a text it saw under another id, and other tests in
        // this JVM send the seed as it is.
        return RawArticle.newBuilder(seed).setBody(seed.getBody() + "\n\nInterop run " + run + ".").build();
    }
}
