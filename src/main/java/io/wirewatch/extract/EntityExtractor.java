package io.wirewatch.extract;

import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.KbEntity;
import io.wirewatch.kb.KnowledgeBase;
import io.wirewatch.kb.RoleHolding;
import io.wirewatch.extract.ner.StatisticalNameFinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the knowledge base's entities in an article and the titles that name roles: matches
 * names over word forms and lemmas ({@link Gazetteer}), outside the dateline lead (agency and
 * city there are fields of the article), groups the mentions by entity, gives each person the
 * role held at the article's date, and resolves titles to the role's holder. Thread-safe.
 */
public final class EntityExtractor {
    private final KnowledgeBase kb;
    private final NameIndex names;
    private final Gazetteer<TitleIndex.RoleRef> titles;

    /** Entities and titles an article mentions. */
    public record Result(List<LinkedEntity> entities, List<TitleMention> titles) {
    }

    private final UnknownNames unknownNames;

    /**
     * @param kb     the knowledge base to link to
     * @param finder the statistical name finder for Russian names outside it, or null for none
     */
    public EntityExtractor(KnowledgeBase kb, StatisticalNameFinder finder) {
        this.kb = kb;
        this.unknownNames = finder == null ? null : new UnknownNames(finder);
        this.names = NameIndex.of(kb);
        titles = TitleIndex.build(kb);
    }

    /** Entities and titles in the article's tokens (headline and body), sentence by sentence. */
    public Result extract(Article article, String language, List<Token> tokens, List<Sentence> sentences) {
        LocalDate date = article.published() != null ? article.published() : LocalDate.now();
        Map<String, List<TextRange>> mentions = new LinkedHashMap<>();
        boolean[] known = new boolean[tokens.size()];
        for (Gazetteer.Match<String> match : names.find(tokens)) {
            TextRange range = span(tokens, match);
            java.util.Arrays.fill(known, match.from(), match.to(), true);
            if (article.lead() == null || !article.lead().overlaps(range)) {
                mentions.computeIfAbsent(match.target(), id -> new ArrayList<>()).add(range);
            }
        }
        List<LinkedEntity> unknown = unknownNames != null && "ru".equals(language)
                ? unknownEntities(article, tokens, sentences, known) : List.of();
        String home = homeCountry(article);
        List<TitleMention> titleMentions = new ArrayList<>();
        for (Gazetteer.Match<TitleIndex.RoleRef> match : titles.find(tokens)) {
            String roleId = match.target().roleId(home);
            if (roleId != null) {
                titleMentions.add(new TitleMention(span(tokens, match), roleId, kb.holder(roleId, date).orElse(null)));
            }
        }
        addPeopleNamedOnlyByTitle(titleMentions, mentions);
        List<LinkedEntity> entities = new ArrayList<>();
        mentions.forEach((id, ranges) -> entities.add(linked(kb.entity(id).orElseThrow(), ranges, date)));
        entities.addAll(unknown);
        entities.sort(Comparator.comparingInt(LinkedEntity::firstMention));
        return new Result(entities, titleMentions);
    }

    private List<LinkedEntity> unknownEntities(Article article, List<Token> tokens, List<Sentence> sentences, boolean[] known) {
        List<List<Token>> bySentence = new ArrayList<>();
        List<boolean[]> knownBySentence = new ArrayList<>();
        int t = 0;
        for (Sentence sentence : sentences) {
            while (t < tokens.size() && tokens.get(t).start() < sentence.range().start()) {
                t++;
            }
            int from = t;
            while (t < tokens.size() && tokens.get(t).end() <= sentence.range().end()) {
                t++;
            }
            if (t > from) {
                bySentence.add(tokens.subList(from, t));
                knownBySentence.add(java.util.Arrays.copyOfRange(known, from, t));
            }
        }
        List<UnknownNames.Name> found = unknownNames.find(bySentence, knownBySentence, article.text());
        List<LinkedEntity> entities = new ArrayList<>();
        UnknownNames.group(found).forEach((key, group) -> {
            UnknownNames.Name first = group.stream().max(Comparator.comparingInt(n -> n.key().length())).orElseThrow();
            String nameEn = UnknownNames.titleCase(UnknownNames.latin(first.key()));
            List<TextRange> ranges = group.stream().map(UnknownNames.Name::range)
                    .filter(r -> article.lead() == null || !article.lead().overlaps(r)).toList();
            if (!ranges.isEmpty()) {
                entities.add(new LinkedEntity(KnowledgeBase.localId(first.kind(), nameEn),
                        first.kind(), nameEn, first.kind() == EntityKind.PERSON ? UnknownNames.titleCase(first.key()) : first.surface(),
                        null, null, null, ranges));
            }
        });
        return entities;
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
            for (Gazetteer.Match<String> match : names.find(tokens)) {
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
