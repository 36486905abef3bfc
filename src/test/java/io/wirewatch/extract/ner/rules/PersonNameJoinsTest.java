package io.wirewatch.extract.ner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Person names the finder cut in pieces, ran on past, or glued to a place come out whole and alone. */
class PersonNameJoinsTest {
    private static final SentenceRule RULE = new PersonNameJoins()::apply;

    private static Found name(int start, int end, String type) {
        return new Found(start, end, type, 0.9);
    }

    @Test
    void piecesThatTouchOrShareAHyphenAreOneName() {
        assertThat(RULE.names("основатель фронта Жан - Мари Ле Пен .", name(2, 5, "PER"), name(5, 7, "PER")))
                .containsExactly("PER:Жан - Мари Ле Пен");
        assertThat(RULE.names("чемпион Ливиу - Дитер Нисипяну", name(1, 2, "PER"), name(3, 5, "PER")))
                .containsExactly("PER:Ливиу - Дитер Нисипяну");
    }

    @Test
    void aSurnameWithItsParticleAndHyphenBelongsToTheName() {
        assertThat(RULE.names("происхождения Халеда эль-Масри ( Khaled el-Masri )", name(1, 2, "PER"), name(4, 5, "PER")))
                .containsExactly("PER:Халеда эль-Масри", "PER:Khaled el-Masri");
        assertThat(RULE.names("Теперь вновь в игре аль-Барадеи .")).containsExactly("PER:аль-Барадеи");
    }

    @Test
    void initialsBelongToTheName() {
        assertThat(RULE.names("Как сообщил А . Кудрин ,", name(4, 5, "PER"))).containsExactly("PER:А . Кудрин");
        assertThat(RULE.names("заявил В. В. Путин", name(3, 4, "PER"))).containsExactly("PER:В. В. Путин");
    }

    @Test
    void aNameEndsWithACapitalizedWord() {
        assertThat(RULE.names("Крис Хелмбрехт - управляющий директор", name(0, 3, "PER"))).containsExactly("PER:Крис Хелмбрехт");
        assertThat(RULE.names("сказал Роман Коноплев Русской службе", name(1, 4, "PER"))).containsExactly("PER:Роман Коноплев");
        assertThat(RULE.names("словно царь Иоанн Грозный .", name(2, 4, "PER"))).containsExactly("PER:Иоанн Грозный");
    }

    @Test
    void aNameParticleJoinsThePieces() {
        assertThat(RULE.names("стала Марин Ле Пен .", name(1, 2, "PER"), name(3, 4, "PER"))).containsExactly("PER:Марин Ле Пен");
    }

    @Test
    void anAcronymIsAnOrganisationAndASentenceOpenerNoName() {
        assertThat(RULE.names("сказал руководитель КЗЖ Джоэл Саймон", name(2, 5, "PER"))).containsExactly("ORG:КЗЖ", "PER:Джоэл Саймон");
        assertThat(RULE.names("договоренности с ГУВД было", name(2, 3, "PER"))).containsExactly("ORG:ГУВД");
        assertThat(RULE.names("Может Иванов и прав", name(0, 2, "PER"))).containsExactly("PER:Иванов");
        assertThat(RULE.names("Иван Петров Российской академии", name(0, 3, "PER"))).containsExactly("PER:Иван Петров");
    }

    @Test
    void aPersonGluedToAPlaceIsSplitOff() {
        assertThat(RULE.names("президент Российской Федерации Дмитрий Анатольевич Медведев предложил", name(1, 6, "LOC")))
                .containsExactly("LOC:Российской Федерации", "PER:Дмитрий Анатольевич Медведев");
        assertThat(RULE.names("в Сан Луисе ( Аргентина )", name(1, 3, "LOC"))).containsExactly("LOC:Сан Луисе");
    }

    @Test
    void aFirstNameFoundAloneTakesTheCapitalizedWordAfterIt() {
        assertThat(RULE.names("архиепископ Лонгин Клинский сообщил", new Found(1, 2, "PER", 0.9)))
                .containsExactly("PER:Лонгин Клинский");
        assertThat(RULE.names("( 2510 ) , Сергей Искусных ( 2510 )", new Found(4, 5, "PER", 0.9)))
                .containsExactly("PER:Сергей Искусных");
        assertThat(RULE.names("сказал Сергей Москве", new Found(1, 2, "PER", 0.9), new Found(2, 3, "LOC", 0.9)))
                .containsExactly("PER:Сергей", "LOC:Москве");
    }

    @Test
    void otherNamesAreLeftAlone() {
        assertThat(RULE.names("правительство Грузии и Иванов", name(1, 2, "LOC"), name(3, 4, "PER")))
                .containsExactly("LOC:Грузии", "PER:Иванов");
    }

    @Test
    void aCapitalizedWordBeforeAOneWordSurnameIsItsFirstName() {
        assertThat(RULE.names("передала дело Сулима Ямадаева в суд", new Found(3, 4, "PER", 0.9)))
                .containsExactly("PER:Сулима Ямадаева");
        assertThat(RULE.names("играет в супертурнире Гата Камский .", new Found(4, 5, "PER", 0.9)))
                .containsExactly("PER:Гата Камский");
    }

    @Test
    void beforeALongerNameOnlyAnUnknownWordOrANameIsTheFirstName() {
        assertThat(RULE.names("— цитирует Хвана Чжан Епа .", new Found(3, 5, "PER", 0.9)))
                .containsExactly("PER:Хвана Чжан Епа");
        assertThat(RULE.names("и защитник Арсенала Киран Гиббс снялись", new Found(3, 5, "PER", 0.9)))
                .containsExactly("PER:Киран Гиббс");
        assertThat(RULE.names("По словам главы Минкомсвязи Игоря Щеголёва ,", new Found(4, 6, "PER", 0.9)))
                .containsExactly("PER:Игоря Щеголёва");
    }

    @Test
    void aWordOpeningTheSentenceOrAnAdjectiveIsNoFirstName() {
        assertThat(RULE.names("Вчера Петров заявил", new Found(1, 2, "PER", 0.9)))
                .containsExactly("PER:Петров");
        assertThat(RULE.names("солист Большого Петров сказал", new Found(2, 3, "PER", 0.9)))
                .containsExactly("PER:Петров");
    }

    @Test
    void aFirstNameWithOtherReadingsTakesTheSurnameAfterIt() {
        assertThat(RULE.names("уверен , что Дик Адвокат запоздал", new Found(3, 4, "PER", 0.9)))
                .containsExactly("PER:Дик Адвокат");
    }

    @Test
    void anInitialTheFinderTookAloneOrIntoAnotherNameJoinsTheSurnameAfterIt() {
        assertThat(RULE.names("премьер-министр Японии Н . Кан заявил", new Found(1, 2, "LOC", 0.9),
                new Found(2, 3, "PER", 0.5), new Found(4, 5, "PER", 0.9)))
                .containsExactly("LOC:Японии", "PER:Н . Кан");
        assertThat(RULE.names("Руководитель центра Э . Чернова создаёт", new Found(1, 3, "ORG", 0.5)))
                .containsExactly("ORG:центра", "PER:Э . Чернова");
    }

    @Test
    void aKnownWordAfterAnInitialIsNoSurname() {
        assertThat(RULE.names("в Н . Новгород приехали")).isEmpty();
    }
}
