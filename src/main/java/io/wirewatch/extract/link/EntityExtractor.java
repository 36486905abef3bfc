package io.wirewatch.extract.link;

import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.ner.KnownNameJoins;
import io.wirewatch.extract.ner.NameFinder;
import io.wirewatch.extract.ner.rules.NameRules;
import io.wirewatch.extract.ner.UnknownNames;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.text.Sentence;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.Tokenizer;
import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.KbEntity;
import io.wirewatch.kb.KnowledgeBase;
import io.wirewatch.kb.RoleHolding;
import io.wirewatch.extract.ner.model.StatisticalNameFinder;
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

    /** Entities (by first mention) and titles (in text order) an article mentions. */
    public record Result(List<LinkedEntity> entities, List<TitleMention> titles) {
    }

    private final UnknownNames unknownNames;
    private final KnownNameJoins knownNameJoins;

    /**
     * @param kb     the knowledge base to link to
     * @param finder the statistical name finder for Russian names outside it, or null for none
     */
    public EntityExtractor(KnowledgeBase kb, StatisticalNameFinder finder) {
        this.kb = kb;
        this.unknownNames = finder == null ? null : new UnknownNames(new NameFinder(finder, NameRules.all()));
        this.names = NameIndex.of(kb);
        this.knownNameJoins = new KnownNameJoins(kb);
        titles = TitleIndex.build(kb);
    }

    /** Entities and titles in the article's tokens (headline and body), sentence by sentence. */
    public Result extract(Article article, String language, List<Token> tokens, List<Sentence> sentences) {
        LocalDate date = article.published() != null ? article.published() : LocalDate.now();
        Map<String, List<TextRange>> mentions = new LinkedHashMap<>();
        Map<TextRange, MentionKind> notNames = new java.util.HashMap<>();
        boolean[] known = new boolean[tokens.size()];
        for (Gazetteer.Match<String> match : names.find(tokens)) {
            TextRange range = span(tokens, match);
            if (!isAdjective(tokens, match)) {
                // российский names Russia but is no name: the finder may still find Российский фонд DST around it
                java.util.Arrays.fill(known, match.from(), match.to(), true);
            } else {
                notNames.put(range, MentionKind.ADJECTIVE);
            }
            if (article.lead() == null || !article.lead().overlaps(range)) {
                mentions.computeIfAbsent(match.target(), id -> new ArrayList<>()).add(range);
            }
        }
        List<LinkedEntity> unknown = unknownNames != null && "ru".equals(language)
                ? knownNameJoins.reconcile(unknownEntities(article, tokens, sentences, known), mentions, article.text()) : List.of();
        String home = homeCountry(article);
        List<Gazetteer.Match<TitleIndex.RoleRef>> titleMatches = titles.find(tokens);
        Map<String, RoleHolding> namedHolders = namedHolders(titleMatches, home, tokens, mentions, unknown, date);
        List<TitleMention> titleMentions = new ArrayList<>();
        for (Gazetteer.Match<TitleIndex.RoleRef> match : titleMatches) {
            String roleId = match.target().roleId(home);
            if (roleId != null) {
                RoleHolding holder = namedHolders.containsKey(roleId) ? namedHolders.get(roleId) : kb.holder(roleId, date).orElse(null);
                titleMentions.add(new TitleMention(span(tokens, match), roleId, holder));
            }
        }
        addPeopleNamedOnlyByTitle(titleMentions, mentions, unknown, notNames);
        Map<String, RoleHolding> rolesByPerson = new java.util.HashMap<>();
        namedHolders.values().forEach(h -> rolesByPerson.putIfAbsent(h.personId(), h));
        List<LinkedEntity> entities = new ArrayList<>();
        mentions.forEach((id, ranges) -> entities.add(withNamedRole(linked(kb.entity(id).orElseThrow(), ranges, notNames, date), rolesByPerson)));
        unknown.forEach(entity -> entities.add(withNamedRole(entity, rolesByPerson)));
        entities.sort(Comparator.comparingInt(LinkedEntity::firstMention));
        return new Result(entities, titleMentions);
    }

    /**
     * Премьер-министр Японии Наото Кан, Russian Foreign Minister Sergei Lavrov: a title followed
     * directly by a person's name says who holds the role in this article, whatever the knowledge
     * base says of the article's date (the article may be older than its data, or the date unknown).
     */
    private Map<String, RoleHolding> namedHolders(List<Gazetteer.Match<TitleIndex.RoleRef>> titleMatches, String home,
            List<Token> tokens, Map<String, List<TextRange>> mentions, List<LinkedEntity> unknown, LocalDate date) {
        Map<String, RoleHolding> holders = new java.util.HashMap<>();
        for (Gazetteer.Match<TitleIndex.RoleRef> match : titleMatches) {
            String roleId = match.target().roleId(home);
            if (roleId == null || match.to() >= tokens.size() || holders.containsKey(roleId)) {
                continue;
            }
            int nameStart = tokens.get(match.to()).start();
            String person = personNamedAt(nameStart, mentions, unknown);
            if (person != null && !holdsAnotherRole(person, roleId, date)) {
                kb.anyHolding(roleId).ifPresent(role -> holders.put(roleId, new RoleHolding(person, roleId, role.code(),
                        role.country(), role.nameEn(), role.nameRu(), null, null)));
            }
        }
        return holders;
    }

    /** пресс-секретарь президента Путина: the name after the title is someone holding another role then. */
    private boolean holdsAnotherRole(String person, String roleId, LocalDate date) {
        List<RoleHolding> roles = kb.rolesOf(person, date);
        return !roles.isEmpty() && roles.stream().noneMatch(r -> r.roleId().equals(roleId));
    }

    private String personNamedAt(int start, Map<String, List<TextRange>> mentions, List<LinkedEntity> unknown) {
        for (Map.Entry<String, List<TextRange>> entry : mentions.entrySet()) {
            boolean person = kb.entity(entry.getKey()).map(e -> e.kind() == EntityKind.PERSON).orElse(false);
            if (person && entry.getValue().stream().anyMatch(r -> r.start() == start)) {
                return entry.getKey();
            }
        }
        for (LinkedEntity entity : unknown) {
            if (entity.kind() == EntityKind.PERSON && entity.mentions().stream().anyMatch(r -> r.start() == start)) {
                return entity.id();
            }
        }
        return null;
    }

    /** The person with the role the article's title gave them, and that role's country when they had none. */
    private static LinkedEntity withNamedRole(LinkedEntity entity, Map<String, RoleHolding> rolesByPerson) {
        RoleHolding role = rolesByPerson.get(entity.id());
        if (role == null || role.roleId().equals(entity.role() == null ? null : entity.role().roleId())) {
            return entity;
        }
        String country = entity.country() != null ? entity.country() : role.country();
        return new LinkedEntity(entity.id(), entity.kind(), entity.nameEn(), entity.nameRu(), entity.wikidata(), country, role,
                entity.mentions(), entity.notNames());
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
            // a person's fullest name, an organisation's shortest (партии «Яблоко», not руководство партии «Яблоко»);
            // among equals the first written, usually the nominative
            Comparator<UnknownNames.Name> fullest = Comparator.comparingInt(n -> n.key().split(" ").length);
            UnknownNames.Name first = group.get(0).kind() == EntityKind.ORGANIZATION
                    ? group.stream().min(fullest).orElseThrow() : group.stream().max(fullest).orElseThrow();
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

    /** российских, French: one word that names a country as its adjective. */
    private boolean isAdjective(List<Token> tokens, Gazetteer.Match<String> match) {
        if (match.to() - match.from() != 1) {
            return false;
        }
        String word = tokens.get(match.from()).text();
        if (RussianMorphology.get().isAdjective(word)) {
            return true;
        }
        KbEntity entity = kb.entity(match.target()).orElse(null);
        return entity != null && entity.kind() == EntityKind.COUNTRY && entity.country() != null
                && kb.countryAdjectives(entity.country(), "en").stream().anyMatch(word::equalsIgnoreCase);
    }

    /** "The French president said": the holder is in the article even when not named. */
    private static void addPeopleNamedOnlyByTitle(List<TitleMention> titles, Map<String, List<TextRange>> mentions,
            List<LinkedEntity> unknown, Map<TextRange, MentionKind> notNames) {
        for (TitleMention title : titles) {
            if (title.holder() != null && !mentions.containsKey(title.holder().personId())
                    && unknown.stream().noneMatch(e -> e.id().equals(title.holder().personId()))) {
                mentions.put(title.holder().personId(), new ArrayList<>(List.of(title.range())));
                notNames.put(title.range(), MentionKind.TITLE);
            }
        }
    }

    private LinkedEntity linked(KbEntity entity, List<TextRange> ranges, Map<TextRange, MentionKind> notNames, LocalDate date) {
        RoleHolding role = entity.kind() == EntityKind.PERSON
                ? kb.rolesOf(entity.id(), date).stream().findFirst().orElse(null) : null;
        List<TextRange> sorted = ranges.stream().sorted(Comparator.comparingInt(TextRange::start)).toList();
        Map<TextRange, MentionKind> kinds = new java.util.HashMap<>();
        sorted.stream().filter(notNames::containsKey).forEach(r -> kinds.put(r, notNames.get(r)));
        return new LinkedEntity(entity.id(), entity.kind(), entity.nameEn(), entity.nameRu(), entity.wikidata(),
                entity.country(), role, sorted, kinds);
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
