package io.wirewatch.extract.ner.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoNameStartTest {
    @Test
    void englishSkipsSmallLettersAndPunctuation() {
        assertTrue(NoNameStart.english("said"));
        assertTrue(NoNameStart.english(","));
        assertTrue(NoNameStart.english("\""));
        assertFalse(NoNameStart.english("Reagan"));
        assertFalse(NoNameStart.english("1987"));
    }

    @Test
    void russianSkipsVerbsAdverbsConjunctionsPronounsAndPunctuation() {
        assertTrue(NoNameStart.russian("сказал"));
        assertTrue(NoNameStart.russian("и"));
        assertTrue(NoNameStart.russian("он"));
        assertTrue(NoNameStart.russian(","));
    }

    @Test
    void russianAsksTheModelWhereNamesBegin() {
        assertFalse(NoNameStart.russian("Москва"), "capitalized");
        assertFalse(NoNameStart.russian("министерство"), "a noun: министерство иностранных дел");
        assertFalse(NoNameStart.russian("российский"), "an adjective");
        assertFalse(NoNameStart.russian("«"), "a quotation mark opens «Газпром»");
        assertFalse(NoNameStart.russian("ибн"), "a particle of names");
        assertFalse(NoNameStart.russian("в"), "a preposition: the model was measured asking there");
        assertFalse(NoNameStart.russian("кштыр"), "a word the dictionary does not know");
    }
}
