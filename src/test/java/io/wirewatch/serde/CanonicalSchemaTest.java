package io.wirewatch.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.runtime.ContractFiles;
import io.wirewatch.schema.ArticleFormat;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.topology.WirewatchTopics;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Wirewatch registers and publishes is the contract as {@code schemas/} writes it, readable anywhere. */
class CanonicalSchemaTest {
    @TempDir
    Path dir;

    @Test
    void theRegisteredSchemaIsTheContractAsWrittenInSchemasWithoutJavaProperties() throws Exception {
        Map<String, Schema> asWritten = parseSchemasDirectory();
        WirewatchTopics.valueSchemas().values().forEach(generated -> {
            assertThat(generated.toString()).as("the generated class's schema").contains("avro.java.string");
            Schema canonical = CanonicalSchema.of(generated);
            assertThat(CanonicalSchema.json(generated)).doesNotContain("avro.java.string");
            assertThat(canonical).isEqualTo(asWritten.get(generated.getFullName()));
            assertThat(canonical.toString()).isEqualTo(asWritten.get(generated.getFullName()).toString());
        });
    }

    @Test
    void thePublishedFilesAreSelfContainedAndTheRegisteredText() throws Exception {
        List<Path> files = ContractFiles.write(dir);
        assertThat(files).extracting(f -> f.getFileName().toString())
                .containsExactly("RawArticle.avsc", "AnalyzedArticle.avsc", "ContactEvent.avsc", "Statement.avsc", "Alert.avsc");
        List<Schema> generated = List.copyOf(WirewatchTopics.valueSchemas().values());
        for (int i = 0; i < files.size(); i++) {
            assertThat(Files.readString(files.get(i))).isEqualTo(CanonicalSchema.json(generated.get(i), false));
            Schema alone = new Schema.Parser().parse(Files.readString(files.get(i)));
            assertThat(alone).isEqualTo(CanonicalSchema.of(generated.get(i)));
        }
    }

    @Test
    void javaRecordsReadAndWriteUnchangedWithTheCanonicalSchema() throws Exception {
        RawArticle article = RawArticle.newBuilder().setId("a-1").setSource("INTERFAX.RU").setBody("Текст")
                .setReceived(Instant.ofEpochMilli(1_770_000_000_000L)).setFormat(ArticleFormat.UNKNOWN).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<>(RawArticle.class).write(article, encoder);
        encoder.flush();

        SpecificDatumReader<RawArticle> reader = new SpecificDatumReader<>(CanonicalSchema.of(RawArticle.getClassSchema()),
                RawArticle.getClassSchema());
        RawArticle read = reader.read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
        assertThat(read).isEqualTo(article);
        assertThat(read.getBody()).isInstanceOf(String.class);
    }

    /** schemas/shared/ in the build's import order (pom.xml), then schemas/, parsed as written. */
    private static Map<String, Schema> parseSchemasDirectory() throws Exception {
        List<Path> files = new ArrayList<>();
        Matcher imports = Pattern.compile("<import>\\$\\{project.basedir}/(schemas/shared/\\w+\\.avsc)</import>")
                .matcher(Files.readString(Path.of("pom.xml")));
        while (imports.find()) {
            files.add(Path.of(imports.group(1)));
        }
        try (Stream<Path> shared = Files.list(Path.of("schemas/shared")); Stream<Path> top = Files.list(Path.of("schemas"))) {
            assertThat(files).as("every shared type is imported").hasSize((int) shared.count());
            top.filter(p -> p.toString().endsWith(".avsc")).sorted().forEach(files::add);
        }
        Schema.Parser parser = new Schema.Parser();
        for (Path file : files) {
            parser.parse(Files.readString(file));
        }
        return parser.getTypes();
    }
}
