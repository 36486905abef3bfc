package io.wirewatch.extract.statements;

import io.wirewatch.extract.RussianMorphology;
import io.wirewatch.extract.Token;
import java.util.Set;

/** Verbs of saying (Russian lemmas, English forms) and personal pronouns that can stand for a speaker. */
public final class SpeechLexicon {
    private static final Set<String> RUSSIAN_VERBS = Set.of("сказать", "заявить", "отметить", "добавить", "подчеркнуть",
            "сообщить", "пояснить", "напомнить", "уточнить", "указать", "заметить", "признать", "подтвердить",
            "ответить", "говорить", "заявлять", "рассказать", "написать", "предупредить", "констатировать",
            "считать", "полагать", "выразить", "призвать", "резюмировать", "добавлять", "отмечать", "подчеркивать",
            "продолжить", "утверждать", "уверять", "заверить", "пообещать", "обещать", "сообщать", "объяснить",
            "объяснять", "настаивать", "возразить", "парировать", "признаться", "напоминать", "уточнять", "писать",
            "поделиться", "рассказывать", "говорится", "высказаться", "цитировать", "процитировать");
    private static final Set<String> ENGLISH_VERBS = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "noted", "stressed", "warned", "stated", "announced", "confirmed", "explained", "insisted", "wrote",
            "declared", "remarked", "argued", "asserted");
    private static final Set<String> PRONOUNS = Set.of("он", "она", "he", "she");

    private SpeechLexicon() {
    }

    /** Whether the token is a verb of saying; its keys are its lower-cased form and lemmas. */
    static boolean isSpeechVerb(Token token) {
        return token.keys().anyIn(ENGLISH_VERBS) || token.keys().anyIn(RUSSIAN_VERBS);
    }

    /** A verb of saying at position i, or "по словам / по мнению" (according to). */
    static boolean isAttributionAt(java.util.List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (isSpeechVerb(token)) {
            return true;
        }
        boolean accordingTo = token.keys().contains("слово") || token.keys().contains("мнение");
        for (int j = Math.max(0, i - 2); accordingTo && j < i; j++) {
            if (tokens.get(j).keys().contains("по")) {
                return true;
            }
        }
        return false;
    }

    /** он, она, he, she (in any case: его, ей). */
    public static boolean isPronoun(Token token) {
        if (token.text().length() > 3) {
            return false;
        }
        return token.keys().anyIn(PRONOUNS);
    }

    /** A lower-case noun that can be nominative: a description of the speaker (сказал протоиерей, говорит скульптор). */
    static boolean isDescription(Token token) {
        if (!token.isWord() || token.isCapitalized()) {
            return false;
        }
        var readings = RussianMorphology.get().readings(token.text());
        return readings.stream().anyMatch(r -> r.tag().startsWith("NN:Anim") && r.isNominative());
    }

    /** Whether a Russian word can be nominative (the subject); unknown and non-Russian words can. */
    static boolean canBeSubject(String word) {
        var readings = RussianMorphology.get().readings(word);
        if (readings.isEmpty()) {
            return true;
        }
        for (RussianMorphology.Reading reading : readings) {
            if (reading.isNominative()) {
                return true;
            }
        }
        return false;
    }
}
