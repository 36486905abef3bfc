package io.wirewatch.extract.link;

import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.KnowledgeBase;
import io.wirewatch.kb.RoleHolding;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The roles an article's title phrases name, and who holds them in the article. A title followed
 * directly by a person's name (Secretary of State George Shultz, премьер-министр Японии Наото Кан)
 * is that person's role and never replaces the name: the person holds the role in this article,
 * whatever the knowledge base says of the date. A phrase that says no country (President Reagan,
 * Foreign Minister Eduard Shevardnadze) takes the country of the named person's holding of the role.
 * Built per article.
 */
final class TitleRoles {
    private final KnowledgeBase kb;
    private final String home;
    private final List<Token> tokens;
    private final Map<String, List<TextRange>> mentions;
    private final List<LinkedEntity> unknown;
    private final LocalDate today;
    private final Map<Gazetteer.Match<TitleIndex.RoleRef>, String> roleIds = new HashMap<>();
    private final Map<String, RoleHolding> holders = new HashMap<>();

    /**
     * @param date the article's date, else today: the date at which a named person's roles are
     *             read (пресс-секретарь президента Путина: Putin holds another role then)
     */
    TitleRoles(KnowledgeBase kb, List<Gazetteer.Match<TitleIndex.RoleRef>> matches, String home, List<Token> tokens,
            Map<String, List<TextRange>> mentions, List<LinkedEntity> unknown, LocalDate date) {
        this.kb = kb;
        this.home = home;
        this.tokens = tokens;
        this.mentions = mentions;
        this.unknown = unknown;
        this.today = date;
        matches.forEach(this::resolve);
    }

    /** The role the phrase names in this article, or null when neither the phrase, the article nor a name says. */
    String roleId(Gazetteer.Match<TitleIndex.RoleRef> match) {
        return roleIds.get(match);
    }

    /** Who the article names as holding each role, by role id. */
    Map<String, RoleHolding> namedHolders() {
        return holders;
    }

    private void resolve(Gazetteer.Match<TitleIndex.RoleRef> match) {
        String person = match.to() < tokens.size() ? personNamedAt(tokens.get(match.to()).start()) : null;
        String roleId = match.target().roleId(home);
        if (roleId == null && person != null) {
            roleId = roleOfNamed(person, match.target());
        }
        if (roleId == null) {
            return;
        }
        roleIds.put(match, roleId);
        String role = roleId;
        if (person != null && !holders.containsKey(roleId) && !holdsAnotherRole(person, roleId)) {
            kb.anyHolding(roleId).ifPresent(h -> holders.put(role, new RoleHolding(person, role, h.code(), h.country(),
                    h.nameEn(), h.nameRu(), null, null)));
        }
    }

    /** The named person's role with the phrase's code: the one held at the date, else the latest. */
    private String roleOfNamed(String person, TitleIndex.RoleRef ref) {
        List<RoleHolding> held = kb.holdingsOf(person).stream().filter(h -> h.code().equals(ref.code())).toList();
        return held.stream().filter(h -> h.heldOn(today)).findFirst()
                .or(() -> held.stream().max(Comparator.comparing(h -> h.start() == null ? LocalDate.MIN : h.start())))
                .map(RoleHolding::roleId).orElse(null);
    }

    /** пресс-секретарь президента Путина: the name after the title is someone holding another role then. */
    private boolean holdsAnotherRole(String person, String roleId) {
        List<RoleHolding> roles = kb.rolesOf(person, today);
        return !roles.isEmpty() && roles.stream().noneMatch(r -> r.roleId().equals(roleId));
    }

    private String personNamedAt(int start) {
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
}
