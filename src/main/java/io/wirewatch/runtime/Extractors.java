package io.wirewatch.runtime;

import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.topology.AnalyzingProcessor;
import io.wirewatch.topology.ArticleProcessor;
import java.time.Clock;

/** The production article processor: the extraction library with its knowledge base. */
public final class Extractors {
    private Extractors() {
    }

    public static ArticleProcessor processor() {
        return new AnalyzingProcessor(new ArticleAnalyzer(), Clock.systemUTC());
    }
}
