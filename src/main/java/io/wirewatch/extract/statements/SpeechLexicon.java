package io.wirewatch.extract.statements;

import io.wirewatch.extract.morph.FormMemo;
import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.morph.WordKeys;
import java.util.List;
import java.util.Set;

/**
 * Verbs of saying (Russian lemmas, English forms) and personal pronouns that can stand for a
 * speaker, and whether a word can be the subject. Reads tokens; what a word form is gets worked
 * out once per form and cached, shared by all articles. Thread-safe.
 */
public final class SpeechLexicon {
    private static final Set<String> RUSSIAN_VERBS = Set.of("сказать", "заявить", "отметить", "добавить", "подчеркнуть",
            "сообщить", "пояснить", "напомнить", "уточнить", "указать", "заметить", "признать", "подтвердить",
            "ответить", "говорить", "заявлять", "рассказать", "написать", "предупредить", "констатировать",
            "считать", "полагать", "выразить", "призвать", "резюмировать", "добавлять", "отмечать", "подчеркивать",
            "продолжить", "утверждать", "уверять", "заверить", "пообещать", "обещать", "сообщать", "объяснить",
            "объяснять", "настаивать", "возразить", "парировать", "признаться", "напоминать", "уточнять", "писать",
            "поделиться", "рассказывать", "говорится", "высказаться", "цитировать", "процитировать",
            "прокомментировать", "комментировать", "посетовать", "сетовать", "пожаловаться", "жаловаться", "упомянуть",
            "упоминать", "отозваться", "вспомнить", "вспоминать", "надеяться", "признаваться",
            // назвал визит «непростительным оскорблением»: a characterization in the speaker's words
            "назвать", "называть", "охарактеризовать", "характеризовать",
            // impersonal (в документе отмечается, что «…») and short adjectives of conviction (он уверен, что «…»)
            "отмечается", "отмечалось", "сообщается", "сообщалось", "указывается", "указано", "подчеркивается",
            "подчёркивается", "утверждается", "говорилось", "сказано", "уверен", "уверена", "уверены", "убежден", "убеждена",
            "убеждены", "убеждён", "убеждёна");
    private static final Set<String> ENGLISH_VERBS = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "noted", "stressed", "warned", "stated", "announced", "confirmed", "explained", "insisted", "wrote",
            "declared", "remarked", "argued", "asserted", "saying", "countered", "replied", "asked", "commented", "acknowledged",
            "admitted", "predicted", "urged", "complained", "suggested", "according", "concluded", "emphasised",
            "emphasized", "reiterated", "recalled", "conceded", "observed", "maintained", "contended", "charged", "claimed",
            "cautioned", "testified", "writes", "adding", "telling", "quoted");
    private static final Set<String> PRONOUNS = Set.of("он", "она", "he", "she");
    /** The case marks of the dictionary's tags (R genitive, D dative, V accusative, T instrumental, P prepositional). */
    private static final Set<String> CASES = Set.of("Nom", "R", "D", "V", "T", "P", "Voc", "Loc", "Loc2", "Gen2", "Part");

    private static final int SPEECH_VERB = 1;
    private static final int PRONOUN = 2;
    /** слово, мнение, информация: по словам, по мнению, по информации (according to). */
    private static final int ACCORDING = 4;
    private static final int BY = 8;
    /** A reading in the nominative, or no Russian reading at all: the word can be a subject. */
    private static final int NOMINATIVE_OR_UNKNOWN = 16;
    private static final int ANIMATE_NOMINATIVE_NOUN = 32;
    /** Only adjective readings (художественный руководитель). */
    private static final int ADJECTIVE = 64;
    /** A noun for one person, in any case (прокурора). */
    private static final int PERSON_NOUN = 128;
    /** What each normalized word form is here, worked out once: the bits above. */
    private static final FormMemo<Integer> CLASSES = new FormMemo<>(SpeechLexicon::classesOf);

    private SpeechLexicon() {
    }

    private static int classesOf(WordKeys keys) {
        String form = keys.get(0);
        int classes = 0;
        if (keys.anyIn(ENGLISH_VERBS) || keys.anyIn(RUSSIAN_VERBS)) {
            classes |= SPEECH_VERB;
        }
        if (form.length() <= 3 && keys.anyIn(PRONOUNS)) {
            classes |= PRONOUN;
        }
        if (keys.contains("слово") || keys.contains("мнение") || keys.contains("информация")) {
            classes |= ACCORDING;
        }
        if (keys.contains("по")) {
            classes |= BY;
        }
        List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(form);
        if (readings.isEmpty() || readings.stream().anyMatch(SpeechLexicon::nominativeOrIndeclinable)) {
            classes |= NOMINATIVE_OR_UNKNOWN;
        }
        if (readings.stream().anyMatch(r -> r.tag().startsWith("NN:Anim") && nominativeOrIndeclinable(r))) {
            classes |= ANIMATE_NOMINATIVE_NOUN;
        }
        if (readings.stream().anyMatch(r -> r.tag().startsWith("NN:Anim") && r.tag().contains(":Sin"))) {
            classes |= PERSON_NOUN;
        }
        if (!readings.isEmpty() && readings.stream().allMatch(r -> r.tag().startsWith("ADJ"))) {
            classes |= ADJECTIVE;
        }
        return classes;
    }

    /** A nominative reading, or a noun's reading with no case at all: indeclinable (Педро, маэстро). */
    private static boolean nominativeOrIndeclinable(RussianMorphology.Reading reading) {
        if (reading.isNominative()) {
            return true;
        }
        if (!reading.tag().startsWith("NN")) {
            return false;
        }
        for (String part : reading.tag().split(":")) {
            if (CASES.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean is(Token token, int word) {
        return (CLASSES.of(token.keys()) & word) != 0;
    }

    /** Whether the token is a verb of saying; its keys are its lower-cased form and lemmas. */
    static boolean isSpeechVerb(Token token) {
        return is(token, SPEECH_VERB) && !isNamingParticiple(token.text());
    }

    /** так называемые, называемых в Японии «северными территориями», названный: a label, not words said. */
    private static boolean isNamingParticiple(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("называем") || lower.startsWith("названн");
    }

    /** A verb of saying at position i, or "по словам / по мнению" (according to). */
    static boolean isAttributionAt(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (isSpeechVerb(token)) {
            return true;
        }
        if (!is(token, ACCORDING)) {
            return false;
        }
        for (int j = Math.max(0, i - 2); j < i; j++) {
            if (is(tokens.get(j), BY)) {
                return true;
            }
        }
        return false;
    }

    /** слова, мнение, информация: the noun of "по словам X" (according to X). */
    static boolean isAccording(Token token) {
        return is(token, ACCORDING);
    }

    /** он, она, he, she (in any case: его, ей). */
    public static boolean isPronoun(Token token) {
        return is(token, PRONOUN);
    }

    /** A lower-case noun that can be nominative: a description of the speaker (сказал протоиерей, говорит скульптор). */
    static boolean isDescription(Token token) {
        return token.isWord() && !token.isCapitalized() && is(token, ANIMATE_NOMINATIVE_NOUN);
    }

    /** A lower-case noun for one person, in any case (по словам прокурора). */
    static boolean isSingularPersonNoun(Token token) {
        return token.isWord() && !token.isCapitalized() && is(token, PERSON_NOUN);
    }

    /** A word that is only an adjective. */
    static boolean isAdjective(Token token) {
        return token.isWord() && is(token, ADJECTIVE);
    }

    /** A capitalized noun for a person that can be nominative: a description opening a sentence (Журналист отметил). */
    static boolean isCapitalizedDescription(Token token) {
        return token.isWord() && token.isCapitalized() && !token.isAcronym() && is(token, ANIMATE_NOMINATIVE_NOUN);
    }

    /** Whether the word can be nominative (the subject); unknown and non-Russian words can, and so can no word (null). */
    static boolean canBeSubject(Token word) {
        return word == null || is(word, NOMINATIVE_OR_UNKNOWN);
    }
}
