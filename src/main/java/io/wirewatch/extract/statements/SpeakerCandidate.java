package io.wirewatch.extract.statements;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.text.TextRange;

/** A place where the text names a possible speaker: the person it stands for, and how (name, title, pronoun). */
record SpeakerCandidate(TextRange range, LinkedEntity person, Resolution resolution) {
}
