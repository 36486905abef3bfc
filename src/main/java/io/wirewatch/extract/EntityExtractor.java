package io.wirewatch.extract;

import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.KbEntity;
import io.wirewatch.kb.KnowledgeBase;
import io.wirewatch.kb.RoleHolding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the knowledge base's entities in an article and the titles that name roles: matches
 * names over word forms and lemmas ({@link Gazetteer}), outside the dateline lead (agency and
 * city there are fields of the article), groups the mentions by entity, gives each person the
 * role held at the article's date, and resolves titles to the role's holder. Thread-safe.
 */
public final class EntityExtractor {
    private final KnowledgeBase kb;
    private final Gazetteer<String> names = new Gazetteer<>();
    private final Gazetteer<TitleIndex.RoleRef> titles;

    /** Entities and titles an article mentions. */
    public record Result(List<LinkedEntity> entities, List<TitleMention> titles) {
    }

    public EntityExtractor(KnowledgeBase kb) {
        this.kb = kb;
        Set<String> ambiguous = Ambiguity.names();
        for (KbEntity entity : kb.entities()) {
            boolean person = entity.kind() == EntityKind.PERSON;
            for (String alias : aliases(entity)) {
                if (!ambiguous.contains(alias)) {
                    names.add(alias, entity.id(), true, person, entity.female());
                }
            }
        }
        titles = TitleIndex.build(kb);
    }

    private static List<String> aliases(KbEntity entity) {
        List<String> all = new ArrayList<>(entity.aliasesRu());
        all.addAll(entity.aliasesEn());
        return all;
    }

    public Result extract(Article article, List<Token> tokens) {
        List<Set<String>> keys = tokens.stream().map(t -> TokenKeys.ofText(t.text())).toList();
        LocalDate date = article.published() != null ? article.published() : LocalDate.now();
        Map<String, List<TextRange>> mentions = new LinkedHashMap<>();
        for (Gazetteer.Match<String> match : names.find(tokens, keys)) {
            TextRange range = span(tokens, match);
            if (article.lead() == null || !article.lead().overlaps(range)) {
                mentions.computeIfAbsent(match.target(), id -> new ArrayList<>()).add(range);
            }
        }
        String home = homeCountry(article);
        List<TitleMention> titleMentions = new ArrayList<>();
        for (Gazetteer.Match<TitleIndex.RoleRef> match : titles.find(tokens, keys)) {
            String roleId = match.target().roleId(home);
            if (roleId != null) {
                titleMentions.add(new TitleMention(span(tokens, match), roleId, kb.holder(roleId, date).orElse(null)));
            }
        }
        addPeopleNamedOnlyByTitle(titleMentions, mentions);
        List<LinkedEntity> entities = new ArrayList<>();
        mentions.forEach((id, ranges) -> entities.add(linked(kb.entity(id).orElseThrow(), ranges, date)));
        entities.sort(Comparator.comparingInt(LinkedEntity::firstMention));
        return new Result(entities, titleMentions);
    }

    /** "The French president said": the holder is in the article even when not named. */
    private static void addPeopleNamedOnlyByTitle(List<TitleMention> titles, Map<String, List<TextRange>> mentions) {
        for (TitleMention title : titles) {
            if (title.holder() != null && !mentions.containsKey(title.holder().personId())) {
                mentions.put(title.holder().personId(), new ArrayList<>(List.of(title.range())));
            }
        }
    }

    private LinkedEntity linked(KbEntity entity, List<TextRange> ranges, LocalDate date) {
        RoleHolding role = entity.kind() == EntityKind.PERSON
                ? kb.rolesOf(entity.id(), date).stream().findFirst().orElse(null) : null;
        List<TextRange> sorted = ranges.stream().sorted(Comparator.comparingInt(TextRange::start)).toList();
        return new LinkedEntity(entity.id(), entity.kind(), entity.nameEn(), entity.nameRu(), entity.wikidata(),
                entity.country(), role, sorted);
    }

    /** The article's own country: its dateline city's, else its agency's. */
    String homeCountry(Article article) {
        for (String field : new String[] {article.dateline(), article.source()}) {
            if (field == null || field.isBlank()) {
                continue;
            }
            List<Token> tokens = Tokenizer.tokenize(field);
            List<Set<String>> keys = tokens.stream().map(t -> TokenKeys.ofText(t.text())).toList();
            for (Gazetteer.Match<String> match : names.find(tokens, keys)) {
                String country = kb.entity(match.target()).map(KbEntity::country).orElse(null);
                if (country != null) {
                    return country;
                }
            }
        }
        return null;
    }

    private static TextRange span(List<Token> tokens, Gazetteer.Match<?> match) {
        return new TextRange(tokens.get(match.from()).start(), tokens.get(match.to() - 1).end());
    }
}
