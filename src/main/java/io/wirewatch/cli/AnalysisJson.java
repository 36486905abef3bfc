package io.wirewatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.extract.Analysis;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.link.TitleMention;
import io.wirewatch.extract.events.ContactEventRecord;
import io.wirewatch.extract.statements.AttributedStatement;
import io.wirewatch.kb.RoleHolding;

/**
 * The JSON line {@code wirewatch extract --json} prints for one article: the file, the article's
 * fields, entities with mentions, titles, events and statements. Offsets index the article's text
 * (for text files, the file's decoded text), UTF-16, end exclusive.
 */
final class AnalysisJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalysisJson() {
    }

    static ObjectNode of(String file, Analysis analysis) {
        ObjectNode line = JSON.createObjectNode();
        line.put("file", file);
        line.set("article", article(analysis));
        ArrayNode entities = line.putArray("entities");
        analysis.entities().forEach(e -> entities.add(entity(analysis.article().text(), e)));
        ArrayNode titles = line.putArray("titles");
        analysis.titles().forEach(t -> titles.add(title(analysis.article().text(), t)));
        ArrayNode events = line.putArray("events");
        analysis.events().forEach(e -> events.add(event(analysis, e)));
        ArrayNode statements = line.putArray("statements");
        analysis.statements().forEach(st -> statements.add(statement(analysis, st)));
        return line;
    }

    private static ObjectNode article(Analysis analysis) {
        Article article = analysis.article();
        ObjectNode node = JSON.createObjectNode();
        node.put("id", article.id());
        node.put("language", analysis.language());
        node.put("published", article.published() == null ? null : article.published().toString());
        node.put("source", article.source() == null || article.source().isEmpty() ? null : article.source());
        node.put("dateline", article.dateline());
        node.put("headline", article.headline().isEmpty() ? null : article.headlineText());
        return node;
    }

    private static ObjectNode entity(String text, LinkedEntity entity) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", entity.id());
        node.put("type", entity.kind().name());
        node.put("name", entity.nameEn());
        node.put("nameRu", entity.nameRu());
        node.put("wikidata", entity.wikidata());
        node.put("country", entity.country());
        if (entity.role() != null) {
            node.set("role", role(entity.role()));
        }
        ArrayNode mentions = node.putArray("mentions");
        entity.mentions().forEach(m -> mentions.add(span(text, m)));
        return node;
    }

    private static ObjectNode title(String text, TitleMention title) {
        ObjectNode node = span(text, title.range());
        node.put("role", title.roleId());
        node.put("person", title.holder() == null ? null : title.holder().personId());
        return node;
    }

    private static ObjectNode event(Analysis analysis, ContactEventRecord event) {
        String text = analysis.article().text();
        ObjectNode node = JSON.createObjectNode();
        node.put("type", event.type());
        node.put("cameo", event.cameo());
        node.put("mode", event.mode());
        ArrayNode actors = node.putArray("actors");
        event.actors().forEach(a -> actors.addObject().put("country", a.code()).put("entity", a.entityId()).put("sector", a.sector()));
        node.put("status", event.status());
        node.put("level", event.level());
        node.put("date", event.eventDate());
        ArrayNode evidence = node.putArray("evidence");
        event.evidence().forEach(r -> evidence.add(span(text, r)));
        node.put("confidence", event.confidence());
        node.put("goldstein", event.goldstein());
        return node;
    }

    private static ObjectNode statement(Analysis analysis, AttributedStatement said) {
        String text = analysis.article().text();
        ObjectNode node = JSON.createObjectNode();
        ObjectNode speaker = node.putObject("speaker");
        speaker.put("id", said.speaker().id());
        speaker.put("name", said.speaker().nameEn());
        speaker.put("role", said.speaker().role() == null ? null : said.speaker().role().nameEn());
        speaker.put("resolution", said.resolution().name());
        node.put("quote", said.quote().of(text));
        node.put("start", said.quote().start());
        node.put("end", said.quote().end());
        node.put("direct", said.direct());
        ArrayNode mentions = node.putArray("mentions");
        said.mentions().forEach(mentions::add);
        node.put("outlet", said.outlet() == null ? null : said.outlet().nameEn());
        return node;
    }

    private static ObjectNode role(RoleHolding role) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", role.roleId());
        node.put("name", role.nameEn());
        node.put("nameRu", role.nameRu());
        node.put("since", role.start() == null ? null : role.start().toString());
        node.put("until", role.end() == null ? null : role.end().toString());
        return node;
    }

    static ObjectNode span(String text, TextRange range) {
        ObjectNode node = JSON.createObjectNode();
        node.put("start", range.start());
        node.put("end", range.end());
        node.put("text", range.of(text));
        return node;
    }
}
