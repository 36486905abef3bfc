package io.wirewatch.extract;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.link.TitleMention;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.text.LanguageDetector;
import io.wirewatch.extract.text.Sentence;
import io.wirewatch.extract.events.ContactEventRecord;
import io.wirewatch.extract.statements.AttributedStatement;
import java.util.List;

/**
 * What the extraction library found in one article. Offsets index {@code article.text()}.
 *
 * @param article   the article analyzed
 * @param language  ISO 639-1 code, or {@code und} when the language is not supported (then
 *                  everything else is empty)
 * @param sentences sentences in text order, headline first
 * @param entities  entities named in the text, in order of first mention
 * @param titles    phrases naming a role, resolved to the role's holder where known
 * @param events    diplomatic contacts the article reports
 * @param statements quotations with their speakers
 * @param truncated whether the article was longer than {@link ArticleAnalyzer#MAX_CHARS} and only
 *                  its beginning (then {@code article}) was analyzed
 */
public record Analysis(Article article, String language, List<Sentence> sentences, List<LinkedEntity> entities,
        List<TitleMention> titles, List<ContactEventRecord> events, List<AttributedStatement> statements,
        boolean truncated) {
    public Analysis {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        titles = List.copyOf(titles);
        events = List.copyOf(events);
        statements = List.copyOf(statements);
    }

    public boolean supported() {
        return LanguageDetector.isSupported(language);
    }
}
