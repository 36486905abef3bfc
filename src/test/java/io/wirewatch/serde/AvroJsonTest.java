package io.wirewatch.serde;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.schema.ArticleRef;
import io.wirewatch.schema.Span;
import io.wirewatch.schema.Statement;
import io.wirewatch.schema.Speaker;
import io.wirewatch.schema.SpeakerResolution;
import java.time.Instant;
import java.util.List;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class AvroJsonTest {
    @Test
    void specificRecordsBecomePlainJson() {
        Statement statement = Statement.newBuilder()
                .setId("a1:10-20")
                .setSpeaker(Speaker.newBuilder().setId("Q1").setName("Dmitry Peskov")
                        .setResolution(SpeakerResolution.NAMED).build())
                .setQuote("Действительно")
                .setStart(10).setEnd(20).setDirect(true)
                .setArticle(ArticleRef.newBuilder().setId("a1").setSource("INTERFAX.RU")
                        .setPublished(Instant.parse("2026-02-10T00:00:00Z")).build())
                .setExtractorVersion("t")
                .build();
        JsonNode json = AvroJson.toJson(statement);
        assertThat(json.path("speaker").path("name").asText()).isEqualTo("Dmitry Peskov");
        assertThat(json.path("speaker").path("resolution").asText()).isEqualTo("NAMED");
        assertThat(json.path("speaker").path("role").isNull()).isTrue();
        assertThat(json.path("article").path("published").asText()).isEqualTo("2026-02-10T00:00:00Z");
        assertThat(json.path("direct").asBoolean()).isTrue();
        assertThat(json.path("mentions").isArray()).isTrue();
    }

    @Test
    void genericTimestampsAreRenderedAsInstants() {
        GenericRecord ref = new GenericData.Record(ArticleRef.getClassSchema());
        ref.put("id", "a1");
        ref.put("source", "TASS");
        ref.put("published", 0L);
        assertThat(AvroJson.toJson(ref).path("published").asText()).isEqualTo("1970-01-01T00:00:00Z");
    }

    @Test
    void arraysOfRecords() {
        JsonNode json = AvroJson.toJson(List.of(new Span(0, 5, "Кремл", io.wirewatch.schema.MentionKind.NAME)));
        assertThat(json.get(0).path("text").asText()).isEqualTo("Кремл");
        assertThat(json.get(0).path("end").asInt()).isEqualTo(5);
        assertThat(json.get(0).path("kind").asText()).isEqualTo("NAME");
    }
}
