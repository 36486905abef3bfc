package io.wirewatch.extract.link;

import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Organisations named by a common noun and a place: мэрии Москвы, Правительство Франции, шахматная
 * федерация Израиля. The organisation has no name of its own; the place inside is the name, a
 * mention of the place, and the organisation's mention is a {@link MentionKind#DESCRIPTOR}, as
 * factRuEval marks them (org_descr and loc_name, no org_name). The words before the place must be
 * written in lower case, or be one capitalized word (a sentence's first, Правительство Франции): a
 * capitalized phrase (Министерство внутренних дел Пакистана) or an acronym (МИД РФ) is a name.
 * Reads the tokens and the article's organisation and place mentions; produces the descriptors.
 */
final class DescriptorMentions {
    private DescriptorMentions() {
    }

    /**
     * The descriptors among the article's organisation mentions, known ({@code mentions}, by entity id)
     * or not ({@code unknown}); a place mention already of another kind ({@code notNames}: an
     * adjective) names nothing here.
     */
    static Map<TextRange, MentionKind> find(KnowledgeBase kb, String text, List<Token> tokens, Map<String, List<TextRange>> mentions,
            List<LinkedEntity> unknown, Map<TextRange, MentionKind> notNames) {
        List<TextRange> organizations = new ArrayList<>();
        List<TextRange> places = new ArrayList<>();
        mentions.forEach((id, ranges) -> kb.entity(id).ifPresent(entity -> {
            if (entity.kind() == EntityKind.ORGANIZATION) {
                organizations.addAll(ranges);
            } else if (entity.kind() == EntityKind.COUNTRY || entity.kind() == EntityKind.LOCATION) {
                ranges.stream().filter(r -> !notNames.containsKey(r)).forEach(places::add);
            }
        }));
        for (LinkedEntity entity : unknown) {
            if (entity.kind() == EntityKind.ORGANIZATION) {
                organizations.addAll(entity.mentions());
            } else if (entity.kind() == EntityKind.LOCATION) {
                places.addAll(entity.mentions());
            }
        }
        return find(text, tokens, organizations, places);
    }

    /** The organisation mentions that end in a place mention after common words only, each a DESCRIPTOR. */
    static Map<TextRange, MentionKind> find(String text, List<Token> tokens, List<TextRange> organizations, List<TextRange> places) {
        Map<TextRange, MentionKind> descriptors = new HashMap<>();
        for (TextRange body : organizations) {
            for (TextRange place : places) {
                if (place.end() == body.end() && place.start() > body.start() && isCommonPhrase(text, tokens, body.start(), place.start())) {
                    descriptors.put(body, MentionKind.DESCRIPTOR);
                    break;
                }
            }
        }
        return descriptors;
    }

    /** The words from {@code start} to {@code end}: in lower case, or one capitalized word not an acronym. */
    private static boolean isCommonPhrase(String text, List<Token> tokens, int start, int end) {
        List<Token> words = new ArrayList<>();
        for (Token token : tokens) {
            if (token.start() >= start && token.end() <= end) {
                if (!token.isWord()) {
                    return false;
                }
                words.add(token);
            }
        }
        if (words.isEmpty() || !text.substring(words.get(words.size() - 1).end(), end).isBlank()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).text();
            boolean lower = Character.isLowerCase(word.codePointAt(0));
            boolean capitalizedAlone = words.size() == 1 && word.length() > 1 && word.substring(1).chars().noneMatch(Character::isUpperCase);
            if (!lower && !capitalizedAlone) {
                return false;
            }
        }
        return true;
    }
}
