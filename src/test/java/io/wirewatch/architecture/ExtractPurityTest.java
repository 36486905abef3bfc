package io.wirewatch.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one firm rule of the layout: the extraction library ({@code extract}) and the knowledge base
 * ({@code kb}) know nothing of Kafka, Avro, the web, the CLI or the rest of Wirewatch. Checked on
 * the compiled classes: any reference to a forbidden type shows in a class file's constant pool.
 */
class ExtractPurityTest {
    private static final List<String> FORBIDDEN = List.of(
            "org/apache/kafka/", "org/apache/avro/", "picocli/", "io/javalin/", "jakarta/servlet/",
            "io/wirewatch/schema/", "io/wirewatch/topology/", "io/wirewatch/serde/", "io/wirewatch/cli/",
            "io/wirewatch/web/", "io/wirewatch/ingest/", "io/wirewatch/runtime/", "io/wirewatch/embedded/",
            "io/wirewatch/alert/");

    @Test
    void extractAndKbReferenceNoInfrastructure() throws Exception {
        Path classes = classesRoot();
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (String pkg : List.of("extract", "kb")) {
            Path dir = classes.resolve("io/wirewatch").resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    checked++;
                    violations.addAll(forbiddenReferences(classes, file));
                }
            }
        }
        assertThat(checked).as("compiled classes of extract/kb found").isPositive();
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckSeesAForbiddenReference() throws Exception {
        Path classes = classesRoot();
        Path topology = classes.resolve("io/wirewatch/topology/ExtractorTopology.class");
        assertThat(forbiddenReferences(classes, topology)).isNotEmpty();
    }

    private static List<String> forbiddenReferences(Path root, Path classFile) throws IOException {
        String constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
        String name = root.relativize(classFile).toString();
        return FORBIDDEN.stream().filter(constants::contains).map(f -> name + " refers to " + f).toList();
    }

    private static Path classesRoot() throws URISyntaxException {
        Path testClasses = Path.of(ExtractPurityTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return testClasses.resolveSibling("classes");
    }
}
