package io.wirewatch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;

/**
 * The mention kind is a BACKWARD-compatible change of {@code AnalyzedArticle}: the current schema
 * reads records written with the one before it (kept in test resources), their mentions' kind null.
 */
class SchemaEvolutionTest {
    private static final Path BEFORE = Path.of("src/test/resources/schemas/AnalyzedArticle-before-mention-kind.avsc");

    @Test
    void theCurrentAnalyzedArticleReadsRecordsWrittenBeforeTheMentionKind() throws IOException {
        Schema before = new Schema.Parser().parse(BEFORE.toFile());
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(AnalyzedArticle.getClassSchema(), before).getType())
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);

        AnalyzedArticle read = new SpecificDatumReader<AnalyzedArticle>(before, AnalyzedArticle.getClassSchema())
                .read(null, DecoderFactory.get().binaryDecoder(written(before), null));
        assertThat(read.getEntities().get(0).getMentions().get(0).getText()).isEqualTo("Кремль");
        assertThat(read.getEntities().get(0).getMentions().get(0).getKind()).isNull();
    }

    private static byte[] written(Schema schema) throws IOException {
        Schema entity = schema.getField("entities").schema().getElementType();
        Schema span = entity.getField("mentions").schema().getElementType();
        GenericRecord mention = new GenericData.Record(span);
        mention.put("start", 0);
        mention.put("end", 6);
        mention.put("text", "Кремль");
        GenericRecord kremlin = new GenericData.Record(entity);
        kremlin.put("id", "Q1");
        kremlin.put("type", new GenericData.EnumSymbol(entity.getField("type").schema(), "ORGANIZATION"));
        kremlin.put("nameEn", "Kremlin");
        kremlin.put("mentions", List.of(mention));
        Schema ref = schema.getField("article").schema();
        GenericRecord article = new GenericData.Record(ref);
        for (Schema.Field field : ref.getFields()) {
            article.put(field.name(), field.hasDefaultValue() ? GenericData.get().getDefaultValue(field) : "a1");
        }
        GenericRecord analyzed = new GenericData.Record(schema);
        analyzed.put("article", article);
        analyzed.put("language", "ru");
        analyzed.put("text", "Кремль");
        analyzed.put("sentences", List.of());
        analyzed.put("entities", List.of(kremlin));
        analyzed.put("update", false);
        analyzed.put("analyzedAt", 0L);
        analyzed.put("extractorVersion", "test");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(analyzed, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
