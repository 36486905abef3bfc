package io.wirewatch.extract.events;

import io.wirewatch.extract.Article;
import io.wirewatch.extract.LinkedEntity;
import io.wirewatch.extract.TextRange;
import io.wirewatch.extract.Token;
import io.wirewatch.extract.statements.AttributedStatement;
import io.wirewatch.extract.statements.SpeechLexicon;
import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sides an event's clause names: countries, organisations, places (for their country) and
 * people (for theirs), plus "European capitals/countries/colleagues" for the EU; a name after
 * "за исключением"/"кроме" is left out. When the clause names fewer than two sides the sentence's
 * are used, and inside a quotation the speaker's country is a side.
 */
final class Sides {
    private static final Set<String> EUROPEAN_GROUPS = Set.of("столица", "страна", "коллега", "партнер", "лидер", "государство");
    private final KnowledgeBase kb;
    private final List<Map.Entry<TextRange, LinkedEntity>> mentions = new ArrayList<>();
    private final String europeanUnion;

    private final TokenFlags flags;

    Sides(KnowledgeBase kb, Article article, List<LinkedEntity> entities, TokenFlags flags) {
        this.kb = kb;
        this.flags = flags;
        for (LinkedEntity entity : entities) {
            if (EventExtractor.isSide(entity.kind())) {
                entity.mentions().forEach(m -> mentions.add(Map.entry(m, entity)));
            }
        }
        mentions.sort(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(TextRange::start)));
        europeanUnion = kb.entity("Q458").map(e -> e.id()).orElse(null);
    }

    List<ContactEventRecord.EventActor> in(List<Token> clause, List<Token> sentence, List<AttributedStatement> statements) {
        Map<String, ContactEventRecord.EventActor> sides = new LinkedHashMap<>();
        collect(clause, sides);
        if (sides.size() < 2) {
            Map<String, ContactEventRecord.EventActor> around = new LinkedHashMap<>();
            collect(sentence, around);
            nearestFirst(around, clause).stream().filter(a -> !sides.containsKey(a.code()))
                    .limit(2 - sides.size()).forEach(a -> sides.put(a.code(), a));
        }
        if (sides.size() < 2) {
            personBehindPronoun(clause).ifPresent(a -> sides.putIfAbsent(a.code(), a));
        }
        if (sides.size() < 2) {
            TextRange where = clause.get(0).range();
            for (AttributedStatement statement : statements) {
                LinkedEntity speaker = statement.speaker();
                if (statement.quote().contains(where) && speaker.country() != null) {
                    sides.putIfAbsent(speaker.country(), new ContactEventRecord.EventActor(speaker.country(), speaker.id(), "GOV", false));
                }
            }
        }
        return new ArrayList<>(sides.values());
    }

    private void collect(List<Token> tokens, Map<String, ContactEventRecord.EventActor> sides) {
        TextRange span = new TextRange(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        boolean anyExclusion = tokens.stream().anyMatch(t -> flags.has(t, TokenFlags.EXCLUSION));
        for (Map.Entry<TextRange, LinkedEntity> mention : mentions) {
            if (span.contains(mention.getKey()) && !(anyExclusion && excluded(tokens, mention.getKey()))) {
                LinkedEntity entity = mention.getValue();
                String code = EventExtractor.codeOf(kb.entity(entity.id()).orElse(null), entity);
                if (code != null) {
                    sides.putIfAbsent(code, new ContactEventRecord.EventActor(code, entity.id(), sector(entity), false));
                }
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (europeanUnion != null && tokens.get(i).keys().contains("европейский")
                    && tokens.get(i + 1).keys().stream().anyMatch(EUROPEAN_GROUPS::contains)) {
                sides.putIfAbsent("EU", new ContactEventRecord.EventActor("EU", europeanUnion, "GOV", false));
            }
        }
    }

    /** он отозвал посла: the pronoun's side is the country of the person last named before it. */
    private java.util.Optional<ContactEventRecord.EventActor> personBehindPronoun(List<Token> clause) {
        for (Token token : clause) {
            if (SpeechLexicon.isPronoun(token)) {
                LinkedEntity person = null;
                for (Map.Entry<TextRange, LinkedEntity> mention : mentions) {
                    if (mention.getKey().end() <= token.start() && mention.getValue().kind() == EntityKind.PERSON
                            && mention.getValue().country() != null) {
                        person = mention.getValue();
                    }
                }
                if (person != null) {
                    return java.util.Optional.of(new ContactEventRecord.EventActor(person.country(), person.id(), "GOV", false));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The sentence's sides, those named nearest the clause first. */
    private List<ContactEventRecord.EventActor> nearestFirst(Map<String, ContactEventRecord.EventActor> sides, List<Token> clause) {
        int from = clause.get(0).start();
        int to = clause.get(clause.size() - 1).end();
        Map<String, Integer> distance = new java.util.HashMap<>();
        for (Map.Entry<TextRange, LinkedEntity> mention : mentions) {
            for (ContactEventRecord.EventActor actor : sides.values()) {
                if (actor.entityId() != null && actor.entityId().equals(mention.getValue().id())) {
                    int d = mention.getKey().end() <= from ? from - mention.getKey().end() : Math.max(0, mention.getKey().start() - to);
                    distance.merge(actor.code(), d, Math::min);
                }
            }
        }
        return sides.values().stream()
                .sorted(java.util.Comparator.comparingInt(a -> distance.getOrDefault(a.code(), Integer.MAX_VALUE))).toList();
    }

    /** The level the sides' people give a contact: heads of state or government, or foreign ministers. */
    String levelOfPeople(List<ContactEventRecord.EventActor> actors) {
        String level = "UNSPECIFIED";
        for (ContactEventRecord.EventActor actor : actors) {
            for (Map.Entry<TextRange, LinkedEntity> mention : mentions) {
                LinkedEntity entity = mention.getValue();
                if (entity.id().equals(actor.entityId()) && entity.role() != null) {
                    String code = entity.role().code();
                    if (code.equals("HEAD_OF_STATE") || code.equals("HEAD_OF_GOVERNMENT")) {
                        return "HEAD_OF_STATE";
                    }
                    if (code.equals("FOREIGN_MINISTER")) {
                        level = "MINISTERIAL";
                    }
                }
            }
        }
        return level;
    }

    private boolean excluded(List<Token> tokens, TextRange mention) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == mention.start()) {
                for (int j = Math.max(0, i - 3); j < i; j++) {
                    if (flags.has(tokens.get(j), TokenFlags.EXCLUSION)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String sector(LinkedEntity entity) {
        return entity.kind() == EntityKind.ORGANIZATION || entity.role() != null ? "GOV" : null;
    }
}
