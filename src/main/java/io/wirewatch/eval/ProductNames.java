package io.wirewatch.eval;

import io.wirewatch.extract.AnnotatedArticle;
import io.wirewatch.extract.Annotation;
import io.wirewatch.extract.Annotator;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.ner.NameMerge;
import io.wirewatch.extract.ner.model.StatisticalNameFinder;
import io.wirewatch.extract.ner.rules.Found;
import io.wirewatch.extract.ner.rules.NameRules;
import io.wirewatch.extract.ner.rules.NameWords;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.source.SourceFormat;
import io.wirewatch.extract.text.Sentence;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The names the extractor finds in an annotated corpus's sentences, as token spans: the
 * analyzer's own steps (the knowledge base's names, the name finder's merged with them) run over
 * the corpus's sentences and tokens, so the evaluation measures the product's merge, not a copy.
 * What counts as a name: a name the finder found, and a knowledge-base mention written with a
 * capital that is not a lone adjective (российский names Russia but is no name); nationalities
 * are not names.
 */
final class ProductNames {
    private final KnowledgeBase kb;
    private final List<Annotator> steps;

    /** The names found by this model and these rules, with the bundled knowledge base. */
    ProductNames(StatisticalNameFinder model, NameRules rules) {
        this.kb = KnowledgeBase.bundled();
        this.steps = ArticleAnalyzer.steps(kb, model, rules, false).stream()
                .filter(step -> step.produces().contains(Annotation.KNOWN_NAMES) || step.produces().contains(Annotation.NAMES))
                .toList();
    }

    /** Per sentence, the names, those inside others too. */
    List<List<Found>> find(List<String[]> sentences) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> ranges = new ArrayList<>();
        for (String[] words : sentences) {
            int start = text.length();
            for (String word : words) {
                tokens.add(new Token(text.length(), text.length() + word.length(), word));
                text.append(word).append(' ');
            }
            ranges.add(new Sentence(ranges.size(), new TextRange(start, Math.max(start, text.length() - 1))));
            if (words.length > 0) {
                text.setCharAt(text.length() - 1, '\n');
            }
        }
        Article article = Article.fromParts("eval", null, null, "ru", null, null, "", text.toString(), 0, SourceFormat.PLAIN_TEXT);
        AnnotatedArticle document = AnnotatedArticle.of(article, false).withLanguage("ru").withSentences(ranges).withTokens(tokens);
        for (Annotator step : steps) {
            document = step.annotate(document);
        }
        return bySentence(document.names(), tokens, sentences);
    }

    private List<List<Found>> bySentence(NameMerge.Result names, List<Token> tokens, List<String[]> sentences) {
        List<Found> all = new ArrayList<>();
        names.known().forEach((id, mentions) -> add(all, type(kb.entity(id).map(e -> e.kind()).orElse(null)), mentions, tokens, true));
        for (LinkedEntity entity : names.unknown()) {
            add(all, type(entity.kind()), entity.mentions(), tokens, false);
        }
        List<List<Found>> result = new ArrayList<>();
        int first = 0;
        for (String[] words : sentences) {
            int from = first;
            int to = first + words.length;
            result.add(all.stream().filter(n -> n.start() >= from && n.end() <= to)
                    .map(n -> new Found(n.start() - from, n.end() - from, n.type(), n.probability()))
                    .sorted(Comparator.comparingInt(Found::start).thenComparingInt(Found::end)).distinct().toList());
            first = to;
        }
        return result;
    }

    /** Each sentence's outermost names: those inside no other. */
    static List<List<Found>> outermost(List<List<Found>> names) {
        return names.stream().map(sentence -> sentence.stream()
                .filter(n -> sentence.stream().noneMatch(o -> o != n && contains(o, n))).toList()).toList();
    }

    private static boolean contains(Found outer, Found inner) {
        boolean within = outer.start() <= inner.start() && inner.end() <= outer.end();
        return within && (outer.end() - outer.start() > inner.end() - inner.start() || outer.type().compareTo(inner.type()) < 0);
    }

    /**
     * A known name counts when written with a capital and not a lone adjective (российский,
     * Российские власти name Russia but are no names); a found name counts as found, descriptor
     * and all (мэрии Москвы, партии « Яблоко »), as the gold writes organisations.
     */
    private static void add(List<Found> names, String type, List<TextRange> mentions, List<Token> tokens, boolean known) {
        if (type == null) {
            return;
        }
        for (TextRange range : mentions) {
            int start = tokenAt(tokens, range.start());
            int end = tokenAt(tokens, range.end() - 1) + 1;
            if (end - start > 1 && NameWords.isClosingQuote(tokens.get(end - 1).text())) {
                end--; // партии « Яблоко »: the corpus's names end before the quote the extractor's mention closes
            }
            String first = tokens.get(start).text();
            boolean lowerCase = !Character.isUpperCase(first.codePointAt(0));
            boolean adjective = end - start == 1 && RussianMorphology.get().isAdjective(first);
            if (!known || !lowerCase && !adjective) {
                names.add(new Found(start, end, type, 1.0));
            }
        }
    }

    private static int tokenAt(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (tokens.get(middle).start() <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    private static String type(EntityKind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case PERSON -> "PER";
            case ORGANIZATION, MEDIA -> "ORG";
            case COUNTRY, LOCATION -> "LOC";
            case NATIONALITY -> null;
        };
    }
}
