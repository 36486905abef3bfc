package io.wirewatch.extract.link;

import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.TokenSpans;
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
 * by entity, gives each person the role held at the article's date (or named by a title beside the
 * name, {@link TitleRoles}), and resolves titles to the role's holder at the article's date; an
 * undated article's bare titles stay unresolved. Thread-safe.
 */
public final class EntityExtractor {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
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
        // Undated (a story read from text): a bare title is the role's holder only when the article names
        // someone who held it, else an unresolved role, never today's holder; a named person keeps the
        // role they hold today, the live wire's default.
        LocalDate date = article.published();
        LocalDate today = date != null ? date : LocalDate.now();
        Map<String, List<TextRange>> mentions = new LinkedHashMap<>();
        known.forEach((id, ranges) -> mentions.put(id, new ArrayList<>(ranges)));
        Map<TextRange, MentionKind> notNames = adjectives(article.text(), tokens, known);
        List<Gazetteer.Match<TitleIndex.RoleRef>> titleMatches = titles.find(tokens);
        TitleRoles roles = new TitleRoles(kb, titleMatches, homeCountry(article), tokens, mentions, unknown, today);
        Map<String, RoleHolding> namedHolders = roles.namedHolders();
        List<TitleMention> titleMentions = new ArrayList<>();
        for (Gazetteer.Match<TitleIndex.RoleRef> match : titleMatches) {
            String roleId = roles.roleId(match);
            if (roleId != null) {
                RoleHolding holder = namedHolders.containsKey(roleId) ? namedHolders.get(roleId)
                        : date != null ? kb.holder(roleId, date).orElse(null) : mentionedHolder(roleId, mentions);
                titleMentions.add(new TitleMention(span(tokens, match), roleId, holder));
            }
        }
        addPeopleNamedOnlyByTitle(titleMentions, mentions, unknown, notNames);
        notNames.putAll(DescriptorMentions.find(kb, article.text(), tokens, mentions, unknown, notNames));
        Map<String, RoleHolding> rolesByPerson = new java.util.HashMap<>();
        namedHolders.values().forEach(h -> rolesByPerson.putIfAbsent(h.personId(), h));
        List<LinkedEntity> entities = new ArrayList<>();
        mentions.forEach((id, ranges) -> entities.add(withNamedRole(linked(kb.entity(id).orElseThrow(), ranges, notNames, today), rolesByPerson)));
        unknown.forEach(entity -> entities.add(withNamedRole(withKinds(entity, notNames), rolesByPerson)));
        entities.sort(Comparator.comparingInt(LinkedEntity::firstMention));
        return new Result(entities, titleMentions);
    }

    /** In an undated article: the first person the article names who ever held the role, or null. */
    private RoleHolding mentionedHolder(String roleId, Map<String, List<TextRange>> mentions) {
        for (String id : mentions.keySet()) {
            for (RoleHolding holding : kb.holdingsOf(id)) {
                if (holding.roleId().equals(roleId)) {
                    return holding;
                }
            }
        }
        return null;
    }

    /** The person with the role the article's title gave them, and that role's country when it is a state's. */
    private LinkedEntity withNamedRole(LinkedEntity entity, Map<String, RoleHolding> rolesByPerson) {
        RoleHolding role = rolesByPerson.get(entity.id());
        if (role == null || role.roleId().equals(entity.role() == null ? null : entity.role().roleId())) {
            return entity;
        }
        String country = kb.isState(role.country()) || entity.country() == null ? role.country() : entity.country();
        return new LinkedEntity(entity.id(), entity.kind(), entity.nameEn(), entity.nameRu(), entity.wikidata(), country, role,
                entity.mentions(), entity.notNames());
    }

    /**
     * российских, French, South Korean: the known names' mentions that name a country by its
     * adjective. A word the country is also named by (U.S., both a name and an adjective of the
     * United States) stays a name.
     */
    private Map<TextRange, MentionKind> adjectives(String text, List<Token> tokens, Map<String, List<TextRange>> known) {
        Map<TextRange, MentionKind> adjectives = new java.util.HashMap<>();
        known.forEach((id, ranges) -> {
            for (TextRange range : ranges) {
                int at = TokenSpans.firstFrom(tokens, range.start());
                Token token = at < tokens.size() && tokens.get(at).start() == range.start() ? tokens.get(at) : null;
                boolean oneWord = token != null && token.end() == range.end();
                if (oneWord && RussianMorphology.isAdjective(token.keys()) || isEnglishAdjective(range.of(text), id)) {
                    adjectives.put(range, MentionKind.ADJECTIVE);
                }
            }
        });
        return adjectives;
    }

    private boolean isEnglishAdjective(String text, String id) {
        KbEntity entity = kb.entity(id).orElse(null);
        if (entity == null || entity.kind() != EntityKind.COUNTRY || entity.country() == null) {
            return false;
        }
        String words = WHITESPACE.matcher(text).replaceAll(" ");
        return kb.countryAdjectives(entity.country(), "en").stream().anyMatch(words::equalsIgnoreCase)
                && entity.aliasesEn().stream().noneMatch(words::equalsIgnoreCase);
    }

    /** The entity with the kinds this article's mentions were found to have. */
    private static LinkedEntity withKinds(LinkedEntity entity, Map<TextRange, MentionKind> notNames) {
        Map<TextRange, MentionKind> kinds = new java.util.HashMap<>(entity.notNames());
        entity.mentions().stream().filter(notNames::containsKey).forEach(r -> kinds.putIfAbsent(r, notNames.get(r)));
        return kinds.equals(entity.notNames()) ? entity : new LinkedEntity(entity.id(), entity.kind(), entity.nameEn(), entity.nameRu(),
                entity.wikidata(), entity.country(), entity.role(), entity.mentions(), kinds);
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
        String country = role != null && kb.isState(role.country()) ? role.country() : entity.country();
        return new LinkedEntity(entity.id(), entity.kind(), entity.nameEn(), entity.nameRu(), entity.wikidata(),
                country, role, sorted, kinds);
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
