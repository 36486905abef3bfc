package io.wirewatch.topology;

import io.wirewatch.extract.Analysis;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.text.Sentence;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.schema.AnalyzedArticle;
import io.wirewatch.kb.RoleHolding;
import io.wirewatch.extract.statements.AttributedStatement;
import io.wirewatch.extract.events.ContactEventRecord;
import io.wirewatch.schema.Actor;
import io.wirewatch.schema.ArticleRef;
import io.wirewatch.schema.ContactEvent;
import io.wirewatch.schema.ContactLevel;
import io.wirewatch.schema.ContactMode;
import io.wirewatch.schema.ContactStatus;
import io.wirewatch.schema.ContactType;
import io.wirewatch.schema.Evidence;
import io.wirewatch.schema.EntityRef;
import io.wirewatch.schema.MentionKind;
import io.wirewatch.schema.Speaker;
import io.wirewatch.schema.SpeakerResolution;
import io.wirewatch.schema.Statement;
import java.util.ArrayList;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the extraction library's results onto the Avro contracts of the output topics, within the
 * sizes of {@link RecordLimits}: an analyzed article within its budget, evidence sentences clipped.
 */
final class AvroMapping {
    private static final Logger log = LoggerFactory.getLogger(AvroMapping.class);

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
        return analyzed(raw, analysis, now, RecordLimits.ANALYSIS_BUDGET_BYTES);
    }

    /** The analysis within {@code budgetBytes} (see {@link AnalysisBudget}): text whole, lists capped. */
    static AnalyzedArticle analyzed(RawArticle raw, Analysis analysis, Instant now, long budgetBytes) {
        String text = analysis.article().text();
        AnalysisBudget budget = new AnalysisBudget(text, budgetBytes);
        List<TextRange> sentences = budget.take(analysis.sentences().stream().map(Sentence::range).toList());
        List<Entity> entities = new ArrayList<>();
        for (LinkedEntity entity : analysis.entities()) {
            if (!budget.admitEntity()) {
                break;
            }
            List<TextRange> mentions = budget.take(entity.mentions());
            if (mentions.isEmpty() && !entity.mentions().isEmpty()) {
                break;
            }
            entities.add(entity(text, entity, mentions));
        }
        if (sentences.size() < analysis.sentences().size() || entities.size() < analysis.entities().size()) {
            log.warn("article {}: analysis capped at {} bytes, {} of {} sentences and {} of {} entities kept",
                    raw.getId(), budgetBytes, sentences.size(), analysis.sentences().size(), entities.size(),
                    analysis.entities().size());
        }
        return AnalyzedArticle.newBuilder()
                .setArticle(ref(raw))
                .setLanguage(analysis.language())
                .setDateline(analysis.article().dateline())
                .setText(text)
                .setSentences(spans(text, sentences))
                .setEntities(entities)
                .setUpdate(false)
                .setAnalyzedAt(now)
                .setExtractorVersion(ArticleAnalyzer.VERSION)
                .build();
    }

    static Entity entity(String text, LinkedEntity entity, List<TextRange> mentions) {
        return Entity.newBuilder()
                .setId(entity.id())
                .setType(EntityType.valueOf(entity.kind().name()))
                .setNameEn(entity.nameEn())
                .setNameRu(entity.nameRu())
                .setWikidata(entity.wikidata())
                .setCountry(entity.country())
                .setRole(entity.role() == null ? null : role(entity.role()))
                .setMentions(mentions.stream()
                        .map(r -> new Span(r.start(), r.end(), r.of(text), symbol(MentionKind.class, entity.kindOf(r)))).toList())
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

    static ContactEvent event(RawArticle raw, Analysis analysis, ContactEventRecord event) {
        String text = analysis.article().text();
        List<String> sides = event.actors().stream().map(ContactEventRecord.EventActor::code).sorted().toList();
        Map<String, LinkedEntity> byId = new HashMap<>();
        analysis.entities().forEach(e -> byId.put(e.id(), e));
        return ContactEvent.newBuilder()
                .setId(raw.getId() + ":" + String.join("|", sides) + ":" + event.status().name() + ":" + event.level().name())
                .setType(symbol(ContactType.class, event.type()))
                .setCameo(event.cameo())
                .setMode(symbol(ContactMode.class, event.mode()))
                .setActors(event.actors().stream().map(a -> Actor.newBuilder()
                        .setCode(a.code())
                        .setEntity(byId.containsKey(a.entityId()) ? ref(byId.get(a.entityId())) : null)
                        .setSector(a.sector())
                        .setInitiator(a.initiator())
                        .build()).toList())
                .setStatus(symbol(ContactStatus.class, event.status()))
                .setLevel(symbol(ContactLevel.class, event.level()))
                .setEventDate(event.eventDate())
                .setReportDate(String.valueOf(analysis.article().published() != null ? analysis.article().published()
                        : java.time.LocalDate.now(java.time.ZoneOffset.UTC)))
                .setEvidence(event.evidence().stream().map(r -> new Evidence(raw.getId(), r.start(), r.end(),
                        RecordLimits.clip(r.of(text), RecordLimits.EVIDENCE_TEXT_CHARS))).toList())
                .setConfidence(event.confidence())
                .setGoldstein(event.goldstein())
                .setSourceArticleIds(List.of(raw.getId()))
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

    /**
     * The contract's symbol for an extraction enum's value: the same name (ContactStatus.RESUMED is
     * "RESUMED" on the wire). Every extraction constant has its symbol (AvroMappingTest checks).
     */
    static <E extends Enum<E>> E symbol(Class<E> contract, Enum<?> value) {
        return Enum.valueOf(contract, value.name());
    }

    static List<Span> spans(String text, List<TextRange> ranges) {
        return ranges.stream().map(r -> new Span(r.start(), r.end(), r.of(text), null)).toList();
    }
}
