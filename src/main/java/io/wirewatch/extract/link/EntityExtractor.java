package io.wirewatch.extract.link;

import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.Tokenizer;
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

/**
 * Links an article's names to entities and finds the titles that name roles: groups the mentions
 * by entity, gives each person the role held at the article's date, and resolves titles to the
 * role's holder. Thread-safe.
 */
public final class EntityExtractor {
    private final KnowledgeBase kb;
    private final NameIndex names;
    private final Gazetteer<TitleIndex.RoleRef> titles;

    /** Entities (by first mention) and titles (in text order) an article mentions. */
    public record Result(List<LinkedEntity> entities, List<TitleMention> titles) {
    }

    /** @param kb the knowledge base to link to */
    public EntityExtractor(KnowledgeBase kb) {
        this.kb = kb;
        this.names = NameIndex.of(kb);
        titles = TitleIndex.build(kb);
    }

    /**
     * The article's entities and titles: the known names' mentions ({@link KnownNames}, merged with
     * the name finder's) and the entities outside the knowledge base, linked: each person given the
     * role held at the article's date or named by a title before the name, each title resolved to
     * the role's holder (who is then in the article even when not named).
     */
    public Result link(Article article, List<Token> tokens, Map<String, List<TextRange>> known, List<LinkedEntity> unknown) {
        LocalDate date = article.published() != null ? article.published() : LocalDate.now();
        Map<String, List<TextRange>> mentions = new LinkedHashMap<>();
        known.forEach((id, ranges) -> mentions.put(id, new ArrayList<>(ranges)));
        Map<TextRange, MentionKind> notNames = adjectives(article.text(), tokens, known);
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

    /**
     * российских, French, South Korean: the known names' mentions that name a country by its
     * adjective. A word the country is also named by (U.S., both a name and an adjective of the
     * United States) stays a name.
     */
    private Map<TextRange, MentionKind> adjectives(String text, List<Token> tokens, Map<String, List<TextRange>> known) {
        Map<Integer, Token> byStart = new java.util.HashMap<>();
        tokens.forEach(t -> byStart.put(t.start(), t));
        Map<TextRange, MentionKind> adjectives = new java.util.HashMap<>();
        known.forEach((id, ranges) -> {
            for (TextRange range : ranges) {
                Token token = byStart.get(range.start());
                boolean oneWord = token != null && token.end() == range.end();
                if (oneWord && RussianMorphology.get().isAdjective(token.text()) || isEnglishAdjective(range.of(text), id)) {
                    adjectives.put(range, MentionKind.ADJECTIVE);
                }
            }
        });
        return adjectives;
    }

    private boolean isEnglishAdjective(String text, String id) {
        String words = text.replaceAll("\\s+", " ");
        KbEntity entity = kb.entity(id).orElse(null);
        return entity != null && entity.kind() == EntityKind.COUNTRY && entity.country() != null
                && kb.countryAdjectives(entity.country(), "en").stream().anyMatch(words::equalsIgnoreCase)
                && entity.aliasesEn().stream().noneMatch(words::equalsIgnoreCase);
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
