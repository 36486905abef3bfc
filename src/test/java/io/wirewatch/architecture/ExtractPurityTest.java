package io.wirewatch.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one firm rule of the layout: the extraction library ({@code extract}) and the knowledge base
 * ({@code kb}) know nothing of Kafka, Avro, the web, the CLI or the rest of Wirewatch; and the
 * packages inside {@code extract} depend on each other in one direction only (no cycles), so each
 * step can be read, tested and replaced on its own. Checked on the compiled classes: a class
 * file's constant pool names every type it refers to.
 */
class ExtractPurityTest {
    /** What extract and kb must not refer to, each with a class that shows the name exists. */
    private static final Map<String, String> FORBIDDEN = Map.ofEntries(
            Map.entry("org/apache/kafka/", "org.apache.kafka.streams.KafkaStreams"),
            Map.entry("org/apache/avro/", "org.apache.avro.Schema"),
            Map.entry("com/sun/net/httpserver/", "com.sun.net.httpserver.HttpServer"),
            Map.entry("io/micrometer/", "io.micrometer.core.instrument.MeterRegistry"),
            Map.entry("picocli/", "picocli.CommandLine"),
            Map.entry("io/wirewatch/cli/", "io.wirewatch.cli.WirewatchCommand"),
            Map.entry("io/wirewatch/web/", "io.wirewatch.web.ApiServer"),
            Map.entry("io/wirewatch/topology/", "io.wirewatch.topology.ExtractorTopology"),
            Map.entry("io/wirewatch/runtime/", "io.wirewatch.runtime.Pipeline"),
            Map.entry("io/wirewatch/eval/", "io.wirewatch.eval.NerEvaluation"),
            Map.entry("io/wirewatch/bench/", "io.wirewatch.bench.BenchRun"),
            Map.entry("io/wirewatch/config/", "io.wirewatch.config.WirewatchConfig"),
            Map.entry("io/wirewatch/embedded/", "io.wirewatch.embedded.EmbeddedKafka"),
            Map.entry("io/wirewatch/ingest/", "io.wirewatch.ingest.ArticleFiles"),
            Map.entry("io/wirewatch/serde/", "io.wirewatch.serde.AvroSerializer"),
            Map.entry("io/wirewatch/schema/", "io.wirewatch.schema.AnalyzedArticle"));
    private static final Pattern EXTRACT_TYPE = Pattern.compile("io/wirewatch/extract/([a-z/]*)[A-Z]");

    @Test
    void extractAndKbReferenceNoInfrastructure() throws Exception {
        List<String> violations = new ArrayList<>();
        List<Path> classes = classFiles("extract", "kb");
        for (Path file : classes) {
            violations.addAll(forbiddenReferences(file));
        }
        assertThat(classes).as("compiled classes of extract/kb found").isNotEmpty();
        assertThat(violations).isEmpty();
    }

    @Test
    void everyForbiddenNameExists() throws Exception {
        for (String proof : FORBIDDEN.values()) {
            Class.forName(proof, false, getClass().getClassLoader());
        }
    }

    @Test
    void thePackagesOfExtractFormNoCycle() throws Exception {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Path file : classFiles("extract")) {
            String from = packageOf(classesRoot().relativize(file).toString().replace('\\', '/'));
            Set<String> targets = uses.computeIfAbsent(from, p -> new TreeSet<>());
            Matcher m = EXTRACT_TYPE.matcher(constants(file));
            while (m.find()) {
                String to = ("extract/" + m.group(1)).replaceAll("/$", "");
                if (!to.equals(from)) {
                    targets.add(to);
                }
            }
        }
        assertThat(uses).as("extract's packages").containsKeys("extract", "extract/text", "extract/ner/rules");
        assertThat(cycles(uses)).isEmpty();
    }

    @Test
    void theChecksSeeAViolation() throws Exception {
        assertThat(forbiddenReferences(classesRoot().resolve("io/wirewatch/topology/ExtractorTopology.class"))).isNotEmpty();
        Map<String, Set<String>> cyclic = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertThat(cycles(cyclic)).containsExactly("a -> b -> c -> a");
        assertThat(cycles(Map.of("a", Set.of("b"), "b", Set.of("c"), "d", Set.of("a")))).isEmpty();
    }

    /** Each cycle of the graph once, as "a -> b -> a", found by a depth-first search. */
    static List<String> cycles(Map<String, Set<String>> graph) {
        List<String> found = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        for (String start : new TreeSet<>(graph.keySet())) {
            search(graph, start, new ArrayList<>(), done, found);
        }
        return found;
    }

    private static void search(Map<String, Set<String>> graph, String node, List<String> path, Set<String> done, List<String> found) {
        if (path.contains(node)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            found.add(String.join(" -> ", cycle));
            return;
        }
        if (!done.add(node)) {
            return;
        }
        path.add(node);
        for (String next : new TreeSet<>(graph.getOrDefault(node, Set.of()))) {
            search(graph, next, path, done, found);
        }
        path.remove(path.size() - 1);
    }

    private static String packageOf(String classFile) {
        return classFile.substring("io/wirewatch/".length(), classFile.lastIndexOf('/'));
    }

    private static List<String> forbiddenReferences(Path classFile) throws IOException, URISyntaxException {
        String constants = constants(classFile);
        String name = classesRoot().relativize(classFile).toString();
        return FORBIDDEN.keySet().stream().filter(constants::contains).map(f -> name + " refers to " + f).sorted().toList();
    }

    private static String constants(Path classFile) throws IOException {
        return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
    }

    private static List<Path> classFiles(String... packages) throws IOException, URISyntaxException {
        List<Path> files = new ArrayList<>();
        for (String pkg : packages) {
            Path dir = classesRoot().resolve("io/wirewatch").resolve(pkg);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> p.toString().endsWith(".class")).forEach(files::add);
                }
            }
        }
        return files;
    }

    private static Path classesRoot() throws URISyntaxException {
        Path testClasses = Path.of(ExtractPurityTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return testClasses.resolveSibling("classes");
    }
}
