package io.wirewatch.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Organisations grown over their descriptors, and acronyms kept to themselves. */
class OrganizationDescriptorsTest {
    private static List<String> names(String sentence, StatisticalNameFinder.Found... found) {
        String[] words = sentence.split(" ");
        return OrganizationDescriptors.apply(words, List.of(found)).stream()
                .map(n -> n.type() + ":" + String.join(" ", java.util.Arrays.copyOfRange(words, n.start(), n.end()))).toList();
    }

    @Test
    void aPlaceAfterADescriptorNamesTheOrganisation() {
        assertThat(names("заявили в правительстве Грузии вчера", new StatisticalNameFinder.Found(3, 4, "LOC", 0.9)))
                .containsExactly("ORG:правительстве Грузии");
    }

    @Test
    void adjectivesBeforeTheDescriptorBelongToTheNamePronounsAndComparativesDoNot() {
        assertThat(names("глава Национального банка Украины сказал", new StatisticalNameFinder.Found(2, 4, "ORG", 0.9)))
                .containsExactly("ORG:Национального банка Украины");
        assertThat(names("депутаты Верховного народного собрания КНДР", new StatisticalNameFinder.Found(4, 5, "LOC", 0.9)))
                .containsExactly("ORG:Верховного народного собрания КНДР");
        assertThat(names("продукция немецкой компании Harles", new StatisticalNameFinder.Found(3, 4, "ORG", 0.9)))
                .containsExactly("ORG:немецкой компании Harles");
        assertThat(names("сотрудник московского отделения Сбербанка", new StatisticalNameFinder.Found(3, 4, "ORG", 0.9)))
                .containsExactly("ORG:московского отделения Сбербанка");
        assertThat(names("продукция этой компании Harles", new StatisticalNameFinder.Found(3, 4, "ORG", 0.9)))
                .containsExactly("ORG:компании Harles");
        assertThat(names("сказало нынешнее руководство Harles", new StatisticalNameFinder.Found(3, 4, "ORG", 0.9)))
                .containsExactly("ORG:руководство Harles");
        assertThat(names("члены новой команды МКС", new StatisticalNameFinder.Found(3, 4, "ORG", 0.9)))
                .containsExactly("ORG:команды МКС");
        assertThat(names("Национальный банк Украины сказал", new StatisticalNameFinder.Found(1, 3, "ORG", 0.9)))
                .containsExactly("ORG:Национальный банк Украины");
    }

    @Test
    void anAcronymTakesNoLowerCaseWordsAfterIt() {
        assertThat(names("чтобы сделать ФИДЕ сильной и единой", new StatisticalNameFinder.Found(2, 6, "ORG", 0.9)))
                .containsExactly("ORG:ФИДЕ");
        assertThat(names("лишит MySQL возможности развиваться", new StatisticalNameFinder.Found(1, 3, "ORG", 0.9)))
                .containsExactly("ORG:MySQL");
        assertThat(names("в Министерство иностранных дел", new StatisticalNameFinder.Found(1, 4, "ORG", 0.9)))
                .containsExactly("ORG:Министерство иностранных дел");
    }

    @Test
    void aNameEndsWithNoVerbOrConjunction() {
        assertThat(names("В Минсвязи уверены , что", new StatisticalNameFinder.Found(1, 3, "ORG", 0.9))).containsExactly("ORG:Минсвязи");
        assertThat(names("члена Общественной палаты и", new StatisticalNameFinder.Found(1, 4, "ORG", 0.9)))
                .containsExactly("ORG:Общественной палаты");
    }

    @Test
    void aPlaceHeadedByADescriptorIsAnOrganisationAFederationStaysAPlace() {
        assertThat(names("сделано в Большом театре .", new StatisticalNameFinder.Found(2, 4, "LOC", 0.9)))
                .containsExactly("ORG:Большом театре");
        assertThat(names("президент Российской Федерации сказал", new StatisticalNameFinder.Found(1, 3, "LOC", 0.9)))
                .containsExactly("LOC:Российской Федерации");
    }

    @Test
    void aNameThatIsAnAdjectiveBeforeADescriptorNamesTheOrganisation() {
        assertThat(names("блоков Хмельницкой атомной электростанции .", new StatisticalNameFinder.Found(1, 2, "PER", 0.9)))
                .containsExactly("ORG:Хмельницкой атомной электростанции");
        assertThat(names("от Социалистической рабочей партии Британии ,", new StatisticalNameFinder.Found(1, 2, "LOC", 0.9),
                new StatisticalNameFinder.Found(4, 5, "LOC", 0.9))).containsExactly("ORG:Социалистической рабочей партии Британии");
        assertThat(names("сказал Камский журналистам .", new StatisticalNameFinder.Found(1, 2, "PER", 0.9)))
                .containsExactly("PER:Камский");
    }

    @Test
    void aQuotedNameAfterADescriptorIsOneOrganisationWithIt() {
        assertThat(names("лидер партии « Яблоко » заявил", new StatisticalNameFinder.Found(3, 4, "ORG", 0.9)))
                .containsExactly("ORG:партии « Яблоко");
        assertThat(names("на сцене московского клуба « 16 тонн » .")).containsExactly("ORG:московского клуба « 16 тонн");
        assertThat(names("сопредседатель московского отделения движения « Солидарность » ,", new StatisticalNameFinder.Found(5, 6, "PER", 0.9)))
                .containsExactly("ORG:московского отделения движения « Солидарность");
        assertThat(names("Центр современной культуры « Гараж » примет")).containsExactly("ORG:Центр современной культуры « Гараж");
    }

    @Test
    void aQuotedNameAfterAReportingWordIsTheOutlet() {
        assertThat(names("как пишет « Gzt.Ru » , 23 июля")).containsExactly("ORG:Gzt.Ru");
        assertThat(names("сообщает « Новый Регион — Екатеринбург » .", new StatisticalNameFinder.Found(4, 5, "LOC", 0.9)))
                .containsExactly("ORG:Новый Регион — Екатеринбург");
    }

    @Test
    void aQuotationThatIsNotANameStaysAsItWas() {
        assertThat(names("он назвал это « ошибкой » .")).isEmpty();
        assertThat(names("партия заявила : « Мы придём » .")).isEmpty();
        assertThat(names("премьер партии « мировым лидером » назвал")).isEmpty();
    }

    @Test
    void aNameGoesOnInTheGenitiveOrAPrepositionalPhraseNotInAnotherCase() {
        assertThat(names("что Федерация бобслея России подготовку ведёт", new StatisticalNameFinder.Found(1, 5, "ORG", 0.9)))
                .containsExactly("ORG:Федерация бобслея России");
        assertThat(names("председатель Совета муфтиев России шейх Равиль", new StatisticalNameFinder.Found(1, 6, "ORG", 0.9)))
                .containsExactly("ORG:Совета муфтиев России");
        assertThat(names("в сборную России по бобслею и скелетону", new StatisticalNameFinder.Found(1, 7, "ORG", 0.9)))
                .containsExactly("ORG:сборную России по бобслею и скелетону");
        assertThat(names("принимает в Белом доме гостя", new StatisticalNameFinder.Found(2, 4, "ORG", 0.9)))
                .containsExactly("ORG:Белом доме");
        assertThat(names("Называя Vestas « мировым лидером", new StatisticalNameFinder.Found(1, 3, "ORG", 0.9)))
                .containsExactly("ORG:Vestas");
    }
}
