package io.wirewatch.kb;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge base: countries (CLDR names plus {@code kb/countries.tsv}), people with dated roles
 * ({@code kb/people.tsv}), organisations and media ({@code kb/organizations.tsv}), places
 * ({@code kb/places.tsv}), the title phrases that name a role ({@code kb/titles.tsv}) and the Russian
 * names NEREL's Wikidata links give ({@code kb/aliases-nerel.tsv}), all read from the classpath. Immutable and thread-safe once loaded; see {@code kb/README.md} for the data.
 */
public final class KnowledgeBase {
    private static volatile KnowledgeBase bundled;

    private final Map<String, KbEntity> entities = new LinkedHashMap<>();
    private final Map<String, List<RoleHolding>> holdingsByRole = new HashMap<>();
    private final Map<String, List<RoleHolding>> holdingsByPerson = new HashMap<>();
    private final Map<String, List<String>> adjectivesEn = new HashMap<>();
    private final Map<String, List<String>> adjectivesRu = new HashMap<>();
    private final java.util.Set<String> capitals = new java.util.HashSet<>();
    private final Map<String, List<String>> derivedAliases = new HashMap<>();
    private final List<TitleTemplate> titleTemplates;
    private final java.util.Set<String> ambiguousNames = AmbiguousNames.load();

    private KnowledgeBase() {
        this(true);
    }

    /** @param nerelLinks whether to read {@code kb/aliases-nerel.tsv}: its generator reads the knowledge base without it */
    KnowledgeBase(boolean nerelLinks) {
        for (Countries.Country country : Countries.load()) {
            add(country.entity());
            adjectivesEn.put(country.entity().country(), country.adjectivesEn());
            adjectivesRu.put(country.entity().country(), country.adjectivesRu());
            if (country.nationality() != null) {
                add(country.nationality());
            }
        }
        People.load(this::add, this::addHolding, derivedAliases::put);
        Organizations.load("/kb/organizations.tsv", this::add);
        Organizations.load("/kb/places.tsv", this::add, capitals::add);
        titleTemplates = TitleTemplate.load();
        if (nerelLinks) {
            NerelAliases.load(entities, (id, names) -> derivedAliases.merge(id, names,
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList()));
        }
    }

    /** The knowledge base shipped with Wirewatch, loaded once. */
    public static KnowledgeBase bundled() {
        KnowledgeBase kb = bundled;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                kb = bundled;
                if (kb == null) {
                    kb = new KnowledgeBase();
                    bundled = kb;
                }
            }
        }
        return kb;
    }

    private void add(KbEntity entity) {
        KbEntity previous = entities.putIfAbsent(entity.id(), entity);
        if (previous != null && !previous.equals(entity)) {
            throw new KnowledgeBaseException("two knowledge-base entries share the id " + entity.id() + ": "
                    + previous.nameEn() + " and " + entity.nameEn());
        }
    }

    private void addHolding(RoleHolding holding) {
        holdingsByRole.computeIfAbsent(holding.roleId(), k -> new ArrayList<>()).add(holding);
        holdingsByPerson.computeIfAbsent(holding.personId(), k -> new ArrayList<>()).add(holding);
    }

    public List<KbEntity> entities() {
        return List.copyOf(entities.values());
    }

    /**
     * The entity's aliases derived from other sources ({@code kb/people-phoenix.tsv}, among its
     * English aliases; {@code kb/aliases-nerel.tsv}, among its Russian ones): the name finders' features leave them out, so that deriving them again
     * never asks for the models to be retrained.
     */
    public List<String> derivedAliases(String id) {
        return derivedAliases.getOrDefault(id, List.of());
    }

    /** Whether the place with this id is a country's capital ({@code kb/places.tsv}). */
    public boolean isCapital(String id) {
        return capitals.contains(id);
    }

    public Optional<KbEntity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** Who held the role on the date; the latest start wins when the data overlaps. */
    public Optional<RoleHolding> holder(String roleId, LocalDate date) {
        return holdingsByRole.getOrDefault(roleId, List.of()).stream()
                .filter(h -> h.heldOn(date))
                .max(Comparator.comparing(h -> h.start() == null ? LocalDate.MIN : h.start()));
    }

    /** The latest holding of the role, whoever held it: what the role is called and whose it is. */
    public Optional<RoleHolding> anyHolding(String roleId) {
        return holdingsByRole.getOrDefault(roleId, List.of()).stream()
                .max(Comparator.comparing(h -> h.start() == null ? LocalDate.MIN : h.start()));
    }

    /** The roles the person held on the date, most recent first. */
    public List<RoleHolding> rolesOf(String personId, LocalDate date) {
        return holdingsByPerson.getOrDefault(personId, List.of()).stream()
                .filter(h -> h.heldOn(date))
                .sorted(Comparator.comparing((RoleHolding h) -> h.start() == null ? LocalDate.MIN : h.start()).reversed())
                .toList();
    }

    /** Every role the person held, whenever, earliest first. */
    public List<RoleHolding> holdingsOf(String personId) {
        return holdingsByPerson.getOrDefault(personId, List.of()).stream()
                .sorted(Comparator.comparing((RoleHolding h) -> h.start() == null ? LocalDate.MIN : h.start()))
                .toList();
    }

    /** Whether the code names a state of the knowledge base (RUS, SUN), not an international body (UN). */
    public boolean isState(String code) {
        return code != null && adjectivesEn.containsKey(code);
    }

    /** Role ids that have at least one holder. */
    public java.util.Set<String> roleIds() {
        return holdingsByRole.keySet();
    }

    public List<String> countryAdjectives(String iso3, String language) {
        return ("ru".equals(language) ? adjectivesRu : adjectivesEn).getOrDefault(iso3, List.of());
    }

    /** Names that are also common words ({@code kb/ambiguous.txt}): never matched on their own. */
    public java.util.Set<String> ambiguousNames() {
        return java.util.Collections.unmodifiableSet(ambiguousNames);
    }

    public List<TitleTemplate> titleTemplates() {
        return titleTemplates;
    }

    /** A stable local id for an entry without a Wikidata id: {@code ww:<kind>:<ascii slug of the name>}. */
    public static String localId(EntityKind kind, String nameEn) {
        String ascii = Normalizer.normalize(nameEn, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "ww:" + kind.name().toLowerCase(Locale.ROOT) + ":" + slug;
    }
}
