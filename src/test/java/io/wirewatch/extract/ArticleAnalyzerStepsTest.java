package io.wirewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.extract.ner.model.StatisticalNameFinder;
import io.wirewatch.extract.ner.rules.NameRules;
import io.wirewatch.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleAnalyzerStepsTest {
    private static List<Annotator> steps(boolean eventsAndStatements) {
        return ArticleAnalyzer.steps(KnowledgeBase.bundled(), StatisticalNameFinder.bundled(), NameRules.all(), eventsAndStatements);
    }

    @Test
    void theStepsRunInTheOrderOfThePipeline() {
        assertThat(new ArticleAnalyzer().steps()).extracting(Annotator::name).containsExactly("LanguageStep", "SentenceStep",
                "TokenStep", "KnownNameStep", "NameMergeStep", "EntityStep", "MentionIndexStep", "StatementStep", "EventStep");
        assertThat(ArticleAnalyzer.entitiesOnly().steps()).extracting(Annotator::name).doesNotContain("StatementStep", "EventStep");
    }

    @Test
    void aStepBeforeWhatItRequiresIsRefusedWhenTheAnalyzerIsBuilt() {
        List<Annotator> swapped = new ArrayList<>(steps(true));
        swapped.add(0, swapped.remove(1));
        assertThatThrownBy(() -> new ArticleAnalyzer(swapped)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SentenceStep").hasMessageContaining("LANGUAGE");
        List<Annotator> withoutStatements = new ArrayList<>(steps(true));
        withoutStatements.removeIf(step -> step.name().equals("StatementStep"));
        assertThatThrownBy(() -> new ArticleAnalyzer(withoutStatements)).hasMessageContaining("EventStep").hasMessageContaining("STATEMENTS");
    }

    @Test
    void everyStepProducesWhatItDeclares() {
        AnnotatedArticle document = new ArticleAnalyzer().annotate(SeedFixture.article());
        assertThat(document.language()).isEqualTo("ru");
        assertThat(List.of(document.sentences(), document.tokens(), document.entities(), document.titles(),
                document.statements(), document.events())).allSatisfy(layer -> assertThat(layer).isNotEmpty());
        assertThat(document.knownNames()).isNotNull();
        assertThat(document.names()).isNotNull();
        assertThat(document.mentions()).isNotNull();
    }
}
