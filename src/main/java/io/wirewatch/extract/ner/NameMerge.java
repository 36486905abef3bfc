package io.wirewatch.extract.ner;

import io.wirewatch.extract.link.KnownNames;
import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.text.Sentence;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The one place where the knowledge base's names and the name finder's meet: the finder runs on
 * the sentences ({@link UnknownNames}: the knowledge base wins where they overlap, but for an
 * organisation around a known name), its names are grouped into entities with local ids, and a
 * person or place found with words before a known one takes or gives up that known mention
 * ({@link KnownNameJoins}). The extractor and the evaluation both merge here. Thread-safe.
 */
public final class NameMerge {
    private final UnknownNames unknownNames;
    private final KnownNameJoins knownNameJoins;

    /** What the merge leaves: the known names' mentions (grown or dropped) and the entities outside the knowledge base. */
    public record Result(Map<String, List<TextRange>> known, List<LinkedEntity> unknown) {
        public Result {
            Map<String, List<TextRange>> copy = new java.util.LinkedHashMap<>();
            known.forEach((id, ranges) -> copy.put(id, List.copyOf(ranges)));
            known = java.util.Collections.unmodifiableMap(copy);
            unknown = List.copyOf(unknown);
        }
    }

    public NameMerge(KnowledgeBase kb, NameFinder finder) {
        this.unknownNames = new UnknownNames(finder);
        this.knownNameJoins = new KnownNameJoins(kb);
    }

    /** The names of an article's sentences, merged with the knowledge base's. */
    public Result merge(Article article, List<Token> tokens, List<Sentence> sentences, KnownNames.Mentions known) {
        Map<String, List<TextRange>> mentions = known.mutableMentions();
        List<UnknownNames.Name> found = find(tokens, sentences, known.known(), article.text());
        found = knownNameJoins.inKnownPlaces(withoutNamesOfNoKind(found, mentions), mentions);
        List<LinkedEntity> unknown = knownNameJoins.reconcile(unknownEntities(article, found), mentions, article.text());
        return new Result(mentions, unknown);
    }

    /**
     * The found names of a kind Wirewatch reports; a name of none (U.S. Open, an event) takes the
     * known names strictly inside it out of the known mentions: U.S. there names no country. Not a
     * name in capitals (U.S., SOVIET TALKS): there the finder cannot tell a name from a common word.
     */
    private static List<UnknownNames.Name> withoutNamesOfNoKind(List<UnknownNames.Name> found, Map<String, List<TextRange>> mentions) {
        for (UnknownNames.Name name : found) {
            if (name.kind() == null && !inCapitals(name.surface())) {
                TextRange outer = name.range();
                mentions.values().forEach(ranges -> ranges.removeIf(r -> outer.start() <= r.start() && r.end() <= outer.end()
                        && r.length() < outer.length()));
            }
        }
        mentions.values().removeIf(List::isEmpty);
        return found.stream().filter(name -> name.kind() != null).toList();
    }

    private static boolean inCapitals(String surface) {
        return surface.equals(surface.toUpperCase(java.util.Locale.ROOT));
    }

    private List<UnknownNames.Name> find(List<Token> tokens, List<Sentence> sentences, boolean[] known, String text) {
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
                knownBySentence.add(Arrays.copyOfRange(known, from, t));
            }
        }
        return unknownNames.find(bySentence, knownBySentence, text);
    }

    private List<LinkedEntity> unknownEntities(Article article, List<UnknownNames.Name> found) {
        List<LinkedEntity> entities = new ArrayList<>();
        NameGroups.group(found).forEach((key, group) -> {
            // a person's fullest name, an organisation's shortest (партии «Яблоко», not руководство партии «Яблоко»);
            // among equals the first written, usually the nominative
            Comparator<UnknownNames.Name> fullest = Comparator.comparingInt(n -> n.key().split(" ").length);
            UnknownNames.Name first = group.get(0).kind() == EntityKind.ORGANIZATION
                    ? group.stream().min(fullest).orElseThrow() : group.stream().max(fullest).orElseThrow();
            String nameEn = NameKeys.titleCase(NameKeys.latin(first.key()));
            List<TextRange> ranges = group.stream().map(UnknownNames.Name::range)
                    .filter(r -> article.lead() == null || !article.lead().overlaps(r)).toList();
            if (!ranges.isEmpty()) {
                entities.add(new LinkedEntity(KnowledgeBase.localId(first.kind(), nameEn),
                        first.kind(), nameEn, first.kind() == EntityKind.PERSON ? NameKeys.titleCase(first.key()) : first.surface(),
                        null, null, null, ranges));
            }
        });
        return entities;
    }
}
