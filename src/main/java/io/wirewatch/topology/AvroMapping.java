package io.wirewatch.topology;

import io.wirewatch.extract.Analysis;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.LinkedEntity;
import io.wirewatch.extract.Sentence;
import io.wirewatch.extract.TextRange;
import io.wirewatch.schema.AnalyzedArticle;
import io.wirewatch.kb.RoleHolding;
import io.wirewatch.extract.statements.AttributedStatement;
import io.wirewatch.schema.ArticleRef;
import io.wirewatch.schema.EntityRef;
import io.wirewatch.schema.Speaker;
import io.wirewatch.schema.SpeakerResolution;
import io.wirewatch.schema.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import io.wirewatch.schema.Entity;
import io.wirewatch.schema.EntityType;
import io.wirewatch.schema.Role;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.schema.Span;
import java.time.Instant;
import java.util.List;

/** Maps the extraction library's results onto the Avro contracts of the output topics. */
final class AvroMapping {
    private AvroMapping() {
    }

    static ArticleRef ref(RawArticle raw) {
        return ArticleRef.newBuilder()
                .setId(raw.getId())
                .setSource(raw.getSource())
                .setUrl(raw.getUrl())
                .setHeadline(raw.getHeadline().isEmpty() ? null : raw.getHeadline())
                .setPublished(raw.getPublished())
                .build();
    }

    static AnalyzedArticle analyzed(RawArticle raw, Analysis analysis, Instant now) {
        String text = analysis.article().text();
        return AnalyzedArticle.newBuilder()
                .setArticle(ref(raw))
                .setLanguage(analysis.language())
                .setDateline(analysis.article().dateline())
                .setText(text)
                .setSentences(spans(text, analysis.sentences().stream().map(Sentence::range).toList()))
                .setEntities(analysis.entities().stream().map(e -> entity(text, e)).toList())
                .setUpdate(false)
                .setAnalyzedAt(now)
                .setExtractorVersion(ArticleAnalyzer.VERSION)
                .build();
    }

    static Entity entity(String text, LinkedEntity entity) {
        return Entity.newBuilder()
                .setId(entity.id())
                .setType(EntityType.valueOf(entity.kind().name()))
                .setNameEn(entity.nameEn())
                .setNameRu(entity.nameRu())
                .setWikidata(entity.wikidata())
                .setCountry(entity.country())
                .setRole(entity.role() == null ? null : role(entity.role()))
                .setMentions(spans(text, entity.mentions()))
                .build();
    }

    static Statement statement(RawArticle raw, Analysis analysis, AttributedStatement said) {
        String text = analysis.article().text();
        Map<String, LinkedEntity> byId = new HashMap<>();
        analysis.entities().forEach(e -> byId.put(e.id(), e));
        LinkedEntity speaker = said.speaker();
        return Statement.newBuilder()
                .setId(raw.getId() + ":" + said.quote().start() + "-" + said.quote().end())
                .setSpeaker(Speaker.newBuilder()
                        .setId(speaker.id())
                        .setName(speaker.nameEn())
                        .setType(EntityType.valueOf(speaker.kind().name()))
                        .setRole(speaker.role() == null ? null : role(speaker.role()))
                        .setResolution(SpeakerResolution.valueOf(said.resolution().name()))
                        .build())
                .setQuote(said.quote().of(text))
                .setStart(said.quote().start())
                .setEnd(said.quote().end())
                .setDirect(said.direct())
                .setMentions(said.mentions().stream().map(byId::get).filter(Objects::nonNull).map(AvroMapping::ref).toList())
                .setOutlet(said.outlet() == null ? null : said.outlet().nameEn())
                .setArticle(ref(raw))
                .setExtractorVersion(ArticleAnalyzer.VERSION)
                .build();
    }

    static EntityRef ref(LinkedEntity entity) {
        return EntityRef.newBuilder()
                .setId(entity.id())
                .setType(EntityType.valueOf(entity.kind().name()))
                .setName(entity.nameEn())
                .setCountry(entity.country())
                .build();
    }

    static Role role(RoleHolding holding) {
        return Role.newBuilder()
                .setId(holding.roleId())
                .setNameEn(holding.nameEn())
                .setNameRu(holding.nameRu())
                .setCountry(holding.country().matches("[A-Z]{3}") ? holding.country() : null)
                .setSince(holding.start() == null ? null : holding.start().toString())
                .setUntil(holding.end() == null ? null : holding.end().toString())
                .build();
    }

    static List<Span> spans(String text, List<TextRange> ranges) {
        return ranges.stream().map(r -> new Span(r.start(), r.end(), r.of(text))).toList();
    }
}
