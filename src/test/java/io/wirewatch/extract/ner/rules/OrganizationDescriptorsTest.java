package io.wirewatch.extract.ner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Organisations grown over their descriptors, and acronyms kept to themselves. */
class OrganizationDescriptorsTest {
    private static final SentenceRule RULE = new OrganizationDescriptors()::apply;

    @Test
    void aCompoundEndingInADescriptorIsOne() {
        assertThat(RULE.names("по данным интернет-издания Techcrunch ,", new Found(3, 4, "ORG", 0.9)))
                .containsExactly("ORG:интернет-издания Techcrunch");
    }

    @Test
    void aPlaceAfterADescriptorNamesTheOrganisation() {
        assertThat(RULE.names("заявили в правительстве Грузии вчера", new Found(3, 4, "LOC", 0.9)))
                .containsExactly("ORG:правительстве Грузии");
    }

    @Test
    void adjectivesBeforeTheDescriptorBelongToTheNamePronounsAndComparativesDoNot() {
        assertThat(RULE.names("глава Национального банка Украины сказал", new Found(2, 4, "ORG", 0.9)))
                .containsExactly("ORG:Национального банка Украины");
        assertThat(RULE.names("депутаты Верховного народного собрания КНДР", new Found(4, 5, "LOC", 0.9)))
                .containsExactly("ORG:Верховного народного собрания КНДР");
        assertThat(RULE.names("продукция немецкой компании Harles", new Found(3, 4, "ORG", 0.9)))
                .containsExactly("ORG:немецкой компании Harles");
        assertThat(RULE.names("сотрудник московского отделения Сбербанка", new Found(3, 4, "ORG", 0.9)))
                .containsExactly("ORG:московского отделения Сбербанка");
        assertThat(RULE.names("продукция этой компании Harles", new Found(3, 4, "ORG", 0.9)))
                .containsExactly("ORG:компании Harles");
        assertThat(RULE.names("сказало нынешнее руководство Афганистана", new Found(3, 4, "LOC", 0.9)))
                .containsExactly("ORG:руководство Афганистана");
        assertThat(RULE.names("члены новой команды МКС", new Found(3, 4, "ORG", 0.9)))
                .containsExactly("ORG:команды МКС");
        assertThat(RULE.names("Национальный банк Украины сказал", new Found(1, 3, "ORG", 0.9)))
                .containsExactly("ORG:Национальный банк Украины");
    }

    @Test
    void anAcronymTakesNoLowerCaseWordsAfterIt() {
        assertThat(RULE.names("чтобы сделать ФИДЕ сильной и единой", new Found(2, 6, "ORG", 0.9)))
                .containsExactly("ORG:ФИДЕ");
        assertThat(RULE.names("лишит MySQL возможности развиваться", new Found(1, 3, "ORG", 0.9)))
                .containsExactly("ORG:MySQL");
        assertThat(RULE.names("в Министерство иностранных дел", new Found(1, 4, "ORG", 0.9)))
                .containsExactly("ORG:Министерство иностранных дел");
    }

    @Test
    void aNameEndsWithNoVerbOrConjunction() {
        assertThat(RULE.names("В Минсвязи уверены , что", new Found(1, 3, "ORG", 0.9))).containsExactly("ORG:Минсвязи");
        assertThat(RULE.names("члена Общественной палаты и", new Found(1, 4, "ORG", 0.9)))
                .containsExactly("ORG:Общественной палаты");
    }

    @Test
    void aPlaceHeadedByADescriptorIsAnOrganisationAFederationStaysAPlace() {
        assertThat(RULE.names("сделано в Большом театре .", new Found(2, 4, "LOC", 0.9)))
                .containsExactly("ORG:Большом театре");
        assertThat(RULE.names("названа улица , Уральский центр , его", new Found(3, 5, "LOC", 0.9)))
                .containsExactly("ORG:Уральский центр");
        assertThat(RULE.names("вступление в Атлантический альянс .", new Found(2, 4, "LOC", 0.9)))
                .containsExactly("ORG:Атлантический альянс");
        assertThat(RULE.names("президент Российской Федерации сказал", new Found(1, 3, "LOC", 0.9)))
                .containsExactly("LOC:Российской Федерации");
    }

    @Test
    void aNameThatIsAnAdjectiveBeforeADescriptorNamesTheOrganisation() {
        assertThat(RULE.names("блоков Хмельницкой атомной электростанции .", new Found(1, 2, "PER", 0.9)))
                .containsExactly("ORG:Хмельницкой атомной электростанции");
        assertThat(RULE.names("от Социалистической рабочей партии Британии ,", new Found(1, 2, "LOC", 0.9),
                new Found(4, 5, "LOC", 0.9))).containsExactly("ORG:Социалистической рабочей партии Британии");
        assertThat(RULE.names("сказал Камский журналистам .", new Found(1, 2, "PER", 0.9)))
                .containsExactly("PER:Камский");
    }

    @Test
    void aQuotedNameAfterADescriptorIsTheOrganisationsNameProper() {
        assertThat(RULE.names("лидер партии « Яблоко » заявил", new Found(1, 4, "ORG", 0.9)))
                .containsExactly("ORG:Яблоко");
        assertThat(RULE.names("на сцене московского клуба « 16 тонн » .")).containsExactly("ORG:16 тонн");
        assertThat(RULE.names("сопредседатель московского отделения движения « Солидарность » ,", new Found(5, 6, "PER", 0.9)))
                .containsExactly("ORG:Солидарность");
        assertThat(RULE.names("Центр современной культуры « Гараж » примет")).containsExactly("ORG:Гараж");
    }

    @Test
    void aQuotedNameAfterAReportingWordIsTheOutlet() {
        assertThat(RULE.names("как пишет « Gzt.Ru » , 23 июля")).containsExactly("ORG:Gzt.Ru");
        assertThat(RULE.names("сообщает « Новый Регион — Екатеринбург » .", new Found(4, 5, "LOC", 0.9)))
                .containsExactly("ORG:Новый Регион — Екатеринбург");
    }

    @Test
    void aQuotationThatIsNotANameStaysAsItWas() {
        assertThat(RULE.names("он назвал это « ошибкой » .")).isEmpty();
        assertThat(RULE.names("партия заявила : « Мы придём » .")).isEmpty();
        assertThat(RULE.names("премьер партии « мировым лидером » назвал")).isEmpty();
    }

    @Test
    void aNameGoesOnInTheGenitiveOrAPrepositionalPhraseNotInAnotherCase() {
        assertThat(RULE.names("что Федерация бобслея России подготовку ведёт", new Found(1, 5, "ORG", 0.9)))
                .containsExactly("ORG:Федерация бобслея России");
        assertThat(RULE.names("председатель Совета муфтиев России шейх Равиль", new Found(1, 6, "ORG", 0.9)))
                .containsExactly("ORG:Совета муфтиев России");
        assertThat(RULE.names("в сборную России по бобслею и скелетону", new Found(1, 7, "ORG", 0.9)))
                .containsExactly("ORG:сборную России по бобслею и скелетону");
        assertThat(RULE.names("принимает в Белом доме гостя", new Found(2, 4, "ORG", 0.9)))
                .containsExactly("ORG:Белом доме");
        assertThat(RULE.names("Называя Vestas « мировым лидером", new Found(1, 3, "ORG", 0.9)))
                .containsExactly("ORG:Vestas");
    }

    @Test
    void aOneWordPersonInTheGenitiveAfterADescriptorNamesTheBody() {
        assertThat(RULE.names("На заседании кабинета Нетаньяху заявил", new Found(3, 4, "PER", 0.9)))
                .containsExactly("ORG:кабинета Нетаньяху");
        assertThat(RULE.names("Пресс-служба Кадырова заявила", new Found(1, 2, "PER", 0.9)))
                .containsExactly("ORG:Пресс-служба Кадырова");
        assertThat(RULE.names("с руководством канала Перепёлкин ,", new Found(3, 4, "PER", 0.9)))
                .containsExactly("PER:Перепёлкин");
        assertThat(RULE.names("лидер группы Иван Бозович", new Found(2, 4, "PER", 0.9)))
                .containsExactly("PER:Иван Бозович");
    }

    @Test
    void aPersonRunOnFromABodyOrAStateIsSplitOff() {
        assertThat(RULE.names("капитан клуба Тоттенхэм Хотспур Ледли Кинг .", new Found(2, 6, "PER", 0.9)))
                .containsExactly("ORG:клуба Тоттенхэм Хотспур", "PER:Ледли Кинг");
        assertThat(RULE.names("от штата Аризона Гэбриэль Гиффордс", new Found(2, 5, "PER", 0.9)))
                .containsExactly("LOC:штата Аризона", "PER:Гэбриэль Гиффордс");
        assertThat(RULE.names("партии Сергей Сергеевич Митрохин", new Found(1, 4, "PER", 0.9)))
                .containsExactly("PER:Сергей Сергеевич Митрохин");
        assertThat(RULE.names("Руководитель центра Э . Чернова создаёт", new Found(2, 5, "PER", 0.9)))
                .containsExactly("PER:Э . Чернова");
    }

    @Test
    void aLoneLowerCaseWordOrACommonNounOpeningTheSentenceIsNoOrganisationButADomainOrANameIs() {
        assertThat(RULE.names("Кудрин сообщил , что правительство одобрило", new Found(4, 5, "ORG", 0.6))).isEmpty();
        assertThat(RULE.names("жюри конкурса , сообщает baltinfo.ru .", new Found(4, 5, "ORG", 0.6)))
                .containsExactly("ORG:baltinfo.ru");
        assertThat(RULE.names("Компания принимает решение о", new Found(0, 1, "ORG", 0.6))).isEmpty();
        assertThat(RULE.names("Газпром принимает решение о", new Found(0, 1, "ORG", 0.6)))
                .containsExactly("ORG:Газпром");
    }

    @Test
    void aPersonNamingTheBodyTheFinderFoundJoinsIt() {
        assertThat(RULE.names("Пресс-служба Кадырова заявила , что", new Found(0, 1, "ORG", 0.6),
                new Found(1, 2, "PER", 0.6))).containsExactly("ORG:Пресс-служба Кадырова");
        assertThat(RULE.names("руководитель Группы Иван Бозович и", new Found(1, 2, "ORG", 0.6),
                new Found(2, 4, "PER", 0.6))).containsExactly("ORG:Группы", "PER:Иван Бозович");
    }

    @Test
    void aSitePortalOrProjectNamedInLatinLettersIsTheOrganisationWithItsWord() {
        assertThat(RULE.names("Как сообщается на сайте Roem.ru , сейчас", new Found(4, 5, "ORG", 0.6)))
                .containsExactly("ORG:сайте Roem.ru");
        assertThat(RULE.names("Портал SeeSaw объединил популярные телешоу", new Found(1, 2, "ORG", 0.6)))
                .containsExactly("ORG:Портал SeeSaw");
        assertThat(RULE.names("на сайте Facebook побывало", new Found(2, 3, "ORG", 0.6)))
                .containsExactly("ORG:Facebook");
        assertThat(RULE.names("из цеха окончательной обработки Vestas ,", new Found(4, 5, "ORG", 0.6)))
                .containsExactly("ORG:цеха окончательной обработки Vestas");
    }

    @Test
    void theLeadershipOrDelegationOfAnOrganisationIsThatOrganisation() {
        assertThat(RULE.names("По мнению руководства HP , покупка", new Found(3, 4, "ORG", 0.6)))
                .containsExactly("ORG:HP");
        assertThat(RULE.names("В состав вошла делегация США и", new Found(4, 5, "LOC", 0.9)))
                .containsExactly("ORG:делегация США");
    }
}
