package io.wirewatch.extract.link;

import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The knowledge base's names in an article's tokens (headline and body), matched over word forms
 * and lemmas ({@link Gazetteer}); outside the dateline lead, whose agency and city are fields of
 * the article. Thread-safe.
 */
public final class KnownNames {
    private final NameIndex names;

    public KnownNames(KnowledgeBase kb) {
        this.names = NameIndex.of(kb);
    }

    /**
     * The known names found.
     *
     * @param mentions each entity's mentions, by id, in the order first found (an immutable copy)
     * @param known    per token, whether it is inside a known name (a lone adjective such as
     *                 российский names Russia but is no name, and leaves its token unknown)
     */
    public record Mentions(Map<String, List<TextRange>> mentions, boolean[] known) {
        public Mentions {
            Map<String, List<TextRange>> copy = new LinkedHashMap<>();
            mentions.forEach((id, ranges) -> copy.put(id, List.copyOf(ranges)));
            mentions = java.util.Collections.unmodifiableMap(copy);
            known = known.clone();
        }

        /** The mentions as a map the caller may change. */
        public Map<String, List<TextRange>> mutableMentions() {
            Map<String, List<TextRange>> copy = new LinkedHashMap<>();
            mentions.forEach((id, ranges) -> copy.put(id, new ArrayList<>(ranges)));
            return copy;
        }

        @Override
        public boolean[] known() {
            return known.clone();
        }
    }

    /** The known names in the tokens. */
    public Mentions find(Article article, List<Token> tokens) {
        Map<String, List<TextRange>> mentions = new LinkedHashMap<>();
        boolean[] known = new boolean[tokens.size()];
        for (Gazetteer.Match<String> match : names.find(tokens)) {
            TextRange range = new TextRange(tokens.get(match.from()).start(), tokens.get(match.to() - 1).end());
            if (!isAdjective(tokens, match)) {
                // российский names Russia but is no name: the finder may still find Российский фонд DST around it
                Arrays.fill(known, match.from(), match.to(), true);
            }
            if (article.lead() == null || !article.lead().overlaps(range)) {
                mentions.computeIfAbsent(match.target(), id -> new ArrayList<>()).add(range);
            }
        }
        return new Mentions(mentions, known);
    }

    private static boolean isAdjective(List<Token> tokens, Gazetteer.Match<String> match) {
        return match.to() - match.from() == 1 && RussianMorphology.isAdjective(tokens.get(match.from()).keys());
    }
}
