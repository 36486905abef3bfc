package io.wirewatch.extract.ner;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.ner.rules.NameWords;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.KbEntity;
import io.wirewatch.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the name finder found a name around a known one: a place with words before a known place
 * (Северной Африке is Africa), a person with a first name before a known surname (Беньямин
 * Нетаньяху is the known person in full, Мишель Обама someone else). Reads the finder's entities and
 * the knowledge base's mentions; grows or drops those mentions.
 */
public final class KnownNameJoins {
    private final KnowledgeBase kb;

    public KnownNameJoins(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * The finder's entities without the names that turned out to be known ones. A person found with
     * first words before a known surname: Беньямин Нетаньяху, whose first name one of the known
     * person's names has, is that person named in full (the mention grows over the first name);
     * Мишель Обама is someone else (the surname stops being a mention of Barack Obama there). A
     * place found around a known one (Северной Африке) is it.
     */
    public List<LinkedEntity> reconcile(List<LinkedEntity> unknown, Map<String, List<TextRange>> mentions, String text) {
        List<LinkedEntity> kept = new ArrayList<>();
        for (LinkedEntity found : unknown) {
            List<TextRange> own = new ArrayList<>(found.mentions());
            if (found.kind() == EntityKind.PERSON || found.kind() == EntityKind.LOCATION) {
                own.removeIf(range -> joinedKnownName(found.kind(), range, mentions, text));
            }
            if (own.size() == found.mentions().size()) {
                kept.add(found);
            } else if (!own.isEmpty()) {
                kept.add(new LinkedEntity(found.id(), found.kind(), found.nameEn(), found.nameRu(), found.wikidata(),
                        found.country(), found.role(), own));
            }
        }
        mentions.values().removeIf(List::isEmpty);
        return kept;
    }

    /**
     * True when the range is a known name in full, its mention grown over it: a place (Северной
     * Африке), or a person whose first name it has. A person with another first name is someone else:
     * the known person's mention there is dropped.
     */
    private boolean joinedKnownName(EntityKind kind, TextRange range, Map<String, List<TextRange>> mentions, String text) {
        for (Map.Entry<String, List<TextRange>> entry : mentions.entrySet()) {
            KbEntity known = kb.entity(entry.getKey()).orElse(null);
            boolean sameKind = known != null && (kind == EntityKind.PERSON ? known.kind() == EntityKind.PERSON
                    : known.kind() == EntityKind.LOCATION || known.kind() == EntityKind.COUNTRY);
            if (!sameKind) {
                continue;
            }
            for (int i = 0; i < entry.getValue().size(); i++) {
                TextRange surname = entry.getValue().get(i);
                if (surname.end() == range.end() && range.start() < surname.start()) {
                    if (kind == EntityKind.LOCATION || hasFirstName(known, text.substring(range.start(), surname.start()))) {
                        entry.getValue().set(i, range);
                        return true;
                    }
                    entry.getValue().remove(i);
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * The found names without those exactly where a known name is (the English gate lets the finder
     * read known names): there the known name stands, unless it is a town the finder read as a
     * club named after it (Nice, SEATTLE 70 63) or a person named like it, or a place the finder
     * read as the surname of a person the document names in full (Jordan said, after Neil Jordan).
     * Then the known mention goes and the found name stays. Otherwise countries, capitals,
     * organisations and people of the knowledge base are never read as something else: they are
     * the sides of contact events (Tokyo said is Japan, Washington said the United States), and the
     * finder reads them as clubs and people too often where they are.
     */
    public List<UnknownNames.Name> inKnownPlaces(List<UnknownNames.Name> found, Map<String, List<TextRange>> mentions) {
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (UnknownNames.Name name : found) {
            String[] words = name.surface().split("\\s+");
            if (name.kind() == EntityKind.PERSON && words.length > 1) {
                surnames.add(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
            }
        }
        List<UnknownNames.Name> kept = new ArrayList<>();
        for (UnknownNames.Name name : found) {
            List<String> knownIds = new ArrayList<>();
            mentions.forEach((id, ranges) -> {
                if (ranges.contains(name.range())) {
                    knownIds.add(id);
                }
            });
            boolean surname = name.kind() == EntityKind.PERSON && surnames.contains(name.surface().toLowerCase(java.util.Locale.ROOT));
            boolean overruled = !knownIds.isEmpty() && knownIds.stream().allMatch(id -> overrules(name.kind(), id)
                    || surname && kb.entity(id).map(KbEntity::kind).orElse(null) != EntityKind.PERSON);
            if (overruled) {
                mentions.values().forEach(ranges -> ranges.remove(name.range()));
            }
            if (knownIds.isEmpty() || overruled) {
                kept.add(name);
            }
        }
        mentions.values().removeIf(List::isEmpty);
        return kept;
    }

    private boolean overrules(EntityKind found, String knownId) {
        boolean town = kb.entity(knownId).map(KbEntity::kind).orElse(null) == EntityKind.LOCATION && !kb.isCapital(knownId);
        return town && (found == EntityKind.ORGANIZATION || found == EntityKind.PERSON);
    }

    /**
     * Whether every word before the surname is a word of one of the person's names, by stem,
     * allowing the spelling variants of transliteration (Беньямин, Биньямин: two edits in a long word).
     */
    private static boolean hasFirstName(KbEntity person, String firstWords) {
        List<String> stems = new ArrayList<>();
        for (String alias : java.util.stream.Stream.concat(person.aliasesRu().stream(), person.aliasesEn().stream()).toList()) {
            for (String word : alias.split("[\\s-]+")) {
                stems.add(NameWords.stem(word));
            }
        }
        for (String word : firstWords.trim().split("[\\s-]+")) {
            String stem = NameWords.stem(word);
            if (!word.isEmpty() && stems.stream().noneMatch(known -> known.equals(stem)
                    || Math.min(known.length(), stem.length()) >= 5 && NameWords.editDistance(known, stem) <= 2)) {
                return false;
            }
        }
        return true;
    }
}
