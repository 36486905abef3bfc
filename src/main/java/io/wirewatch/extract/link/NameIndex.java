package io.wirewatch.extract.link;

import io.wirewatch.extract.text.Token;
import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.KbEntity;
import io.wirewatch.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every name of a knowledge base's entities (Russian and English aliases, case forms through
 * {@link TokenKeys}; a country's adjectives, японский, French, name it too) in one case-sensitive
 * {@link Gazetteer} whose targets are entity ids. Built
 * once per knowledge base and shared.
 */
public final class NameIndex {
    private static final Map<KnowledgeBase, NameIndex> BUILT = new ConcurrentHashMap<>();
    private static final Map<KnowledgeBase, NameIndex> HAND_WRITTEN = new ConcurrentHashMap<>();
    private final KnowledgeBase kb;
    private final Gazetteer<String> names = new Gazetteer<>();

    private NameIndex(KnowledgeBase kb, boolean derived) {
        this.kb = kb;
        Set<String> ambiguous = kb.ambiguousNames();
        for (KbEntity entity : kb.entities()) {
            boolean person = entity.kind() == EntityKind.PERSON;
            List<String> aliases = new ArrayList<>(entity.aliasesRu());
            aliases.addAll(entity.aliasesEn());
            if (!derived) {
                aliases.removeAll(kb.derivedAliases(entity.id()));
            }
            if (entity.kind() == EntityKind.COUNTRY) {
                aliases.addAll(kb.countryAdjectives(entity.country(), "ru"));
                aliases.addAll(kb.countryAdjectives(entity.country(), "en"));
            }
            for (String alias : aliases) {
                if (!ambiguous.contains(alias)) {
                    names.add(alias, entity.id(), true, person, entity.female());
                }
            }
        }
    }

    public static NameIndex of(KnowledgeBase kb) {
        return BUILT.computeIfAbsent(kb, k -> new NameIndex(k, true));
    }

    /** The names written by hand, without the aliases derived from other sources: what the name finders' features read. */
    public static NameIndex handWritten(KnowledgeBase kb) {
        return HAND_WRITTEN.computeIfAbsent(kb, k -> new NameIndex(k, false));
    }

    public KnowledgeBase kb() {
        return kb;
    }

    /** Known names in the tokens. */
    public List<Gazetteer.Match<String>> find(List<Token> tokens) {
        return names.find(tokens);
    }

    /** Known names in bare words (no offsets), e.g. a corpus sentence. */
    public List<Gazetteer.Match<String>> find(String[] words) {
        List<Token> tokens = new ArrayList<>(words.length);
        int offset = 0;
        for (String word : words) {
            tokens.add(new Token(offset, offset + word.length(), word));
            offset += word.length() + 1;
        }
        return find(tokens);
    }

    /** The kind of the entity with this id. */
    public EntityKind kindOf(String id) {
        return kb.entity(id).map(KbEntity::kind).orElseThrow();
    }
}
