package io.wirewatch.extract.events;

import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.source.SourceFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/** The contact events of an invented article, and each as one line, for the event tests. */
final class EventLines {
    private EventLines() {
    }

    /** The events the analyzer codes in a body of text; the source and the date may be null. */
    static List<ContactEventRecord> of(ArticleAnalyzer analyzer, String source, LocalDate published, String body) {
        return analyzer.analyze(Article.fromParts("t", source, null, null, published, null, null, body, 0, SourceFormat.JSON)).events();
    }

    /** "CHN-RUS NEGOTIATE PLANNED MINISTERIAL": the sides' codes in order, then type, status and level. */
    static String describe(ContactEventRecord event) {
        return sides(event) + " " + event.type() + " " + event.status() + " " + event.level();
    }

    /** The sides' codes in alphabetical order, joined by hyphens: CHN-RUS. */
    static String sides(ContactEventRecord event) {
        TreeSet<String> sides = new TreeSet<>();
        event.actors().forEach(a -> sides.add(a.code()));
        return String.join("-", sides);
    }
}
