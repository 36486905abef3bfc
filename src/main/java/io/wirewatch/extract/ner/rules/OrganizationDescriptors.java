package io.wirewatch.extract.ner.rules;

import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A place or organisation name right after an organisation's descriptor names that organisation
 * (правительство Грузии, мэрии Москвы, Министерству торговли КНР, делегация США): the name's span
 * grows back over the descriptor, its genitive complements and the adjectives qualifying it, and
 * becomes an ORG. The descriptors are Russian nouns for governing bodies, companies, parties and
 * institutions. A "place" headed by a descriptor (Большом театре) and a one-word name in -ский
 * before one (Хмельницкой атомной электростанции) are organisations too; so is a quoted name
 * after one ({@link QuotedOrganizationNames}). An organisation named by an acronym or a Latin word
 * takes no lower-case Russian words after it (ФИДЕ сильной и единой is ФИДЕ), after its head a
 * name goes on only in the genitive or a prepositional phrase (Федерация бобслея России
 * подготовку is Федерация бобслея России), and none ends with a verb, short adjective,
 * conjunction, preposition or opening quote (Минсвязи уверены is Минсвязи). The leadership or a
 * delegation of an organisation is that organisation's (руководства HP is HP; делегация США stays
 * one, a country's). One lower-case word alone is no organisation's name (правительство одобрило).
 */
public final class OrganizationDescriptors implements NameRule {
    private static final Set<String> DESCRIPTORS = Set.of(
            "правительство", "мэрия", "министерство", "минфин", "руководство", "делегация", "посольство",
            "консульство", "парламент", "администрация", "комитет", "комиссия", "совет", "суд", "прокуратура",
            "полиция", "армия", "сборная", "команда", "компания", "корпорация", "банк", "фонд", "партия",
            "движение", "союз", "ассоциация", "агентство", "служба", "ведомство", "департамент", "управление",
            "университет", "институт", "академия", "театр", "музей", "клуб", "кабинет", "обком", "горком",
            "дума", "собрание", "экипаж", "отделение", "штаб", "концерн", "холдинг", "завод", "комбинат",
            "газета", "телеканал", "радиостанция", "мид", "минобороны", "правление", "президиум", "сенат",
            "конгресс", "генпрокуратура", "ассамблея", "организация", "федерация", "группа", "сеть", "издание",
            "интернет-издание", "интернет-ресурс", "канал", "фракция", "журнал", "еженедельник", "центр", "издательство",
            "объединение", "фирма", "коалиция", "лаборатория", "труппа", "экспедиция",
            "профсоюз", "представительство", "дипмиссия", "политбюро", "производитель", "электростанция", "канцелярия", "цех");
    /** Descriptors for an organisation's people: with another organisation's name they are that organisation's. */
    private static final Set<String> PEOPLE_OF = Set.of("руководство", "делегация");
    private static final Set<String> PORTALS_AND_PROJECTS = Set.of("портал", "проект");
    private static final Set<String> SITES = Set.of("сайт");
    private static final Pattern DOMAIN = Pattern.compile(".+\\.\\p{Alpha}{2,}");
    private static final Set<String> OPENING_PUNCTUATION = Set.of("«", "„", "(", "—", "–", "-", ",", ":");
    private static final Pattern RELATIONAL_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{L}*[сц]к(ий|ой|ая|ое|ого|ому|ом|ую|ие|их|им|ими|ей)");
    private static final Set<String> PLACE_LIKE = Set.of("федерация", "союз");
    private static final int MAX_COMPLEMENT = 3;
    private static final int MAX_ADJECTIVES = 2;
    private static final Pattern NUMERIC_ORDINAL = Pattern.compile("\\d+-(й|я|е|го|му|м|х|ой|ая|ое|ые|ых|ого|ому)");

    private static final NameRule QUOTED = new QuotedOrganizationNames();

    public OrganizationDescriptors() {
    }

    @Override
    public List<Found> apply(String[] words, List<Found> unsplit) {
        List<Found> found = withPeopleSplitFromBodies(words, unsplit);
        List<Found> result = new ArrayList<>(found.size());
        int previousEnd = 0;
        for (int n = 0; n < found.size(); n++) {
            Found tagged = found.get(n);
            if (tagged.type().equals("LOC") && headsAnOrganization(words, tagged)) {
                tagged = new Found(tagged.start(), tagged.end(), "ORG", tagged.probability());
            }
            int descriptorAfter = descriptorAfterAdjective(words, tagged);
            if (descriptorAfter > 0) {
                int end = descriptorAfter + 1;
                // Социалистической рабочей + партии Британии: the name found from the descriptor on is the rest of it
                while (n + 1 < found.size() && found.get(n + 1).start() <= end) {
                    end = Math.max(end, found.get(++n).end());
                }
                tagged = new Found(tagged.start(), end, "ORG", tagged.probability());
            }
            Found name = tagged.type().equals("ORG") ? withoutVerbTail(words, withoutLooseTail(words, acronymWithoutTail(words, tagged))) : tagged;
            Found previous = result.isEmpty() ? null : result.get(result.size() - 1);
            if (name.type().equals("PER") && previous != null && previous.type().equals("ORG") && previous.end() == name.start()
                    && bodyNamedAfterPerson(words, name, name.start() - 1) >= 0) {
                // Пресс-служба + Кадырова: the body the finder found ends on the descriptor the person names
                result.set(result.size() - 1, new Found(previous.start(), name.end(), "ORG", previous.probability()));
                previousEnd = name.end();
                continue;
            }
            int start = name.type().equals("PER") ? bodyNamedAfterPerson(words, name, previousEnd) : descriptorBefore(words, name.start(), previousEnd);
            if (start >= 0 && name.type().equals("ORG") && start == name.start() - 1 && RussianMorphology.get().hasLemmaIn(words[start], PEOPLE_OF)) {
                start = -1; // руководства HP, делегации ОБСЕ: the organisation's people, not another body
            }
            if (start < 0 && name.type().equals("ORG") && isDescriptor(words[name.start()])) {
                start = name.start();
            }
            if (start >= 0) {
                start = withAdjectivesBefore(words, start, previousEnd);
            }
            if (start < 0 && name.type().equals("ORG") && isSiteBefore(words, name)) {
                start = name.start() - 1;
            }
            result.add(start < 0 ? name : new Found(start, name.end(), "ORG", name.probability()));
            previousEnd = name.end();
        }
        return QUOTED.apply(words, withoutLoneLowerCaseWords(words, result));
    }

    /** Экономист, Аудитория, not Газпром or Минфин: a word the dictionary knows, and only in lower case. */
    private static boolean isCommonNoun(String word) {
        return Token.isTitleCase(word) && !RussianMorphology.get().readings(word).isEmpty() && !RussianMorphology.get().isProperNoun(word);
    }

    /** правительство, not infox.ru: a word in lower-case Cyrillic letters. */
    private static boolean isLowerCaseRussian(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(c -> !Character.isLetter(c)
                || Character.isLowerCase(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /**
     * правительство одобрило, в суд, главу партии: one lower-case Russian word alone names no organisation
     * (factRuEval's devset marks such a word so about one time in four; a national team named so
     * is {@link NationalBodies}' to find), and nor does a common noun that opens the sentence
     * (Экономист ФАО, Аудитория социальной сети).
     */
    private static List<Found> withoutLoneLowerCaseWords(String[] words, List<Found> found) {
        List<Found> names = found.stream().filter(n -> !n.type().equals("ORG") || n.end() - n.start() > 1
                || !isLowerCaseRussian(words[n.start()]) && !(n.start() == 0 && isCommonNoun(words[0]))).toList();
        return names.size() == found.size() ? found : names;
    }

    /**
     * Хмельницкой атомной электростанции, Уральский центр, Мариинского театров: a one-word person
     * or place that is an adjective in -ский, -цкий, followed by at most {@value #MAX_ADJECTIVES}
     * lower-case adjectives and a descriptor, names that organisation. The descriptor's index, or
     * -1.
     */
    private static int descriptorAfterAdjective(String[] words, Found name) {
        if (name.type().equals("ORG") || name.end() - name.start() != 1 || !RELATIONAL_ADJECTIVE.matcher(words[name.start()]).matches()) {
            return -1;
        }
        for (int j = name.end(); j < words.length && j <= name.end() + MAX_ADJECTIVES; j++) {
            String word = words[j];
            if (word.isEmpty() || !Character.isLowerCase(word.codePointAt(0))) {
                return -1;
            }
            if (isDescriptor(word)) {
                return j;
            }
            if (!RussianMorphology.get().isAdjective(word)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Большим театром, Российского института культурологи, Уральский центр, Атлантический альянс:
     * a "place" of adjectives and a head noun that is an organisation's descriptor or head is an
     * organisation; not a federation or union (Российской Федерации, Советского Союза are places).
     */
    private static boolean headsAnOrganization(String[] words, Found name) {
        int head = name.start();
        while (head + 1 < name.end() && RussianMorphology.get().readings(words[head]).stream().anyMatch(r -> r.tag().startsWith("ADJ:Posit"))) {
            head++;
        }
        if (!CapitalizedBodies.isHead(words[head])) {
            return false;
        }
        return RussianMorphology.get().lemmas(words[head]).stream().noneMatch(PLACE_LIKE::contains);
    }

    /**
     * Минсвязи уверены, Общественной палаты и: an organisation's name ends with a word that can be
     * part of one (a noun, a full adjective, a capitalized or unknown word), not a verb, a short
     * adjective, a conjunction or a preposition.
     */
    private static Found withoutVerbTail(String[] words, Found name) {
        int end = name.end();
        while (end - 1 > name.start() && cannotEndAName(words[end - 1])) {
            end--;
        }
        return end == name.end() ? name : new Found(name.start(), end, name.type(), name.probability());
    }

    /**
     * Федерация бобслея России подготовку, Совета муфтиев России шейх: after its head noun an
     * organisation's name goes on in the genitive (Министерство иностранных дел, банк Китая) or in
     * a prepositional phrase (сборная России по бобслею); a lower-case word that cannot be genitive
     * ends it.
     */
    private static Found withoutLooseTail(String[] words, Found name) {
        int head = name.start();
        while (head < name.end() && RussianMorphology.get().readings(words[head]).stream().anyMatch(r -> r.tag().startsWith("ADJ"))) {
            head++;
        }
        for (int j = head + 1; j < name.end(); j++) {
            String word = words[j];
            if (word.isEmpty() || !Character.isLowerCase(word.codePointAt(0))) {
                continue;
            }
            List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(word);
            if (readings.stream().anyMatch(r -> r.tag().startsWith("PREP"))) {
                return name;
            }
            boolean inflected = !readings.isEmpty() && readings.stream().allMatch(r -> r.tag().startsWith("NN") || r.tag().startsWith("ADJ")
                    || r.tag().startsWith("PNN") || r.tag().equals("PARTICLE"));
            if (inflected && readings.stream().noneMatch(RussianMorphology.Reading::isGenitive)) {
                return new Found(name.start(), j, name.type(), name.probability());
            }
        }
        return name;
    }

    private static boolean cannotEndAName(String word) {
        if (OPENING_PUNCTUATION.contains(word)) {
            return true;
        }
        if (word.isEmpty() || !Character.isLowerCase(word.codePointAt(0))) {
            return false;
        }
        return RussianMorphology.get().everyReading(word, r -> !r.tag().startsWith("NN") && !r.tag().startsWith("ADJ:Posit"));
    }

    /**
     * клуба Челси Фрэнк Лэмпард, штата Аризона Гэбриэль Гиффордс: a "person" of three words or more
     * right after a descriptor or a state, its first word no first name or initial, is the body's or the
     * state's name run on into a person's: the last two words are the person, the words before them
     * and the descriptor the organisation (or the state the place).
     */
    private static List<Found> withPeopleSplitFromBodies(String[] words, List<Found> found) {
        if (found.stream().noneMatch(name -> name.type().equals("PER") && name.end() - name.start() >= 3)) {
            return found;
        }
        List<Found> result = new ArrayList<>(found.size() + 1);
        for (Found name : found) {
            String body = bodyBefore(words, name);
            if (body == null) {
                result.add(name);
            } else {
                result.add(new Found(name.start() - 1, name.end() - 2, body, name.probability()));
                result.add(new Found(name.end() - 2, name.end(), "PER", name.probability()));
            }
        }
        return result;
    }

    /** ORG after a descriptor, LOC after a state, for a person of three words or more whose first is no first name or initial; else null. */
    private static String bodyBefore(String[] words, Found name) {
        int before = name.start() - 1;
        if (!name.type().equals("PER") || name.end() - name.start() < 3 || before < 0
                || mayBeFirstName(words[name.start()]) || isInitial(words, name.start())) {
            return null;
        }
        return RussianMorphology.get().lemmas(words[before]).contains("штат") ? "LOC" : isDescriptor(words[before]) ? "ORG" : null;
    }

    /**
     * Пресс-служба Кадырова, кабинета Нетаньяху, Команда Феррари: a one-word "person" right after a
     * descriptor names the body (as factRuEval marks it, nine times in ten in its devset); a first name
     * starts a person's name of its own (группы Иван Бозович), and so does a name that cannot be
     * genitive (руководством канала Перепёлкин). The descriptor's index, or -1.
     */
    private static int bodyNamedAfterPerson(String[] words, Found name, int limit) {
        int before = name.start() - 1;
        if (name.end() - name.start() != 1 || before < limit || !isDescriptor(words[before]) || mayBeFirstName(words[name.start()])) {
            return -1;
        }
        List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(words[name.start()]);
        return readings.isEmpty() || readings.stream().anyMatch(RussianMorphology.Reading::isGenitive) ? before : -1;
    }

    /**
     * на сайте Roem.ru, Портал SeeSaw, проекта Mushroom works: a site, portal or project named in
     * Latin letters (a site by its domain) is the organisation with its word, as factRuEval marks
     * it; not сайте Facebook, a company's site, nor a project in quotes (проект « Спейс Шаттл »).
     */
    private static boolean isSiteBefore(String[] words, Found name) {
        int before = name.start() - 1;
        String first = words[name.start()];
        if (before < 0 || !first.chars().allMatch(c -> c < 128) || !Character.isLetterOrDigit(first.codePointAt(0))) {
            return false;
        }
        RussianMorphology morphology = RussianMorphology.get();
        return morphology.hasLemmaIn(words[before], PORTALS_AND_PROJECTS)
                || morphology.hasLemmaIn(words[before], SITES) && DOMAIN.matcher(first).matches();
    }

    /** Э . Чернова, Э. Чернова: word i is an initial, which begins the person's own name. */
    private static boolean isInitial(String[] words, int i) {
        String word = words[i];
        return NameWords.isInitial(word) && i + 1 < words.length && words[i + 1].equals(".")
                || word.length() == 2 && word.endsWith(".") && NameWords.isInitial(word.substring(0, 1));
    }

    /** Иван, Фрэнк to the dictionary: one of the word's readings is a first name. */
    private static boolean mayBeFirstName(String word) {
        return RussianMorphology.get().readings(word).stream().anyMatch(RussianMorphology.Reading::isFirstName);
    }

    /** ФИДЕ сильной и единой, MySQL возможности: an organisation named by an acronym or a Latin word takes no lower-case words after it. */
    private static Found acronymWithoutTail(String[] words, Found name) {
        String first = words[name.start()];
        boolean acronymOrLatin = first.length() > 1 && (first.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                || first.chars().allMatch(c -> c < 128));
        if (!name.type().equals("ORG") || !acronymOrLatin || name.end() - name.start() < 2
                || !Character.isLowerCase(words[name.start() + 1].codePointAt(0)) || words[name.start() + 1].chars().allMatch(c -> c < 128)) {
            return name;
        }
        return new Found(name.start(), name.start() + 1, "ORG", name.probability());
    }

    /** Index of a descriptor before {@code start}, with only lower-case genitive complements between; -1 if none. */
    static int descriptorBefore(String[] words, int start, int limit) {
        for (int d = start - 1; d >= Math.max(limit, start - 1 - MAX_COMPLEMENT); d--) {
            String word = words[d];
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                return -1;
            }
            if (isDescriptor(word)) {
                return d;
            }
            if (Character.isUpperCase(word.charAt(0)) || !isGenitiveComplement(word)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Национальный банк, Верховного народного собрания, российском министерстве финансов, 16-й
     * армии: up to {@value #MAX_ADJECTIVES} adjectives or ordinals right before a descriptor belong
     * to the name, from the first that is capitalized or qualifies it (see {@link #isQualifying});
     * pronouns and comparatives stay out (этой компании, нынешнее руководство).
     */
    static int withAdjectivesBefore(String[] words, int descriptor, int limit) {
        int start = descriptor;
        while (start - 1 >= limit && descriptor - start < MAX_ADJECTIVES && !words[start - 1].isEmpty()
                && isModifier(words[start - 1])) {
            start--;
        }
        while (start < descriptor && !Character.isUpperCase(words[start].charAt(0)) && !isQualifying(words[start])) {
            start++;
        }
        return start;
    }

    /** An adjective or an ordinal (семнадцатой, 13-й) before a descriptor, or a word that may be read as one (московского). */
    private static boolean isModifier(String word) {
        return Character.isLetterOrDigit(word.charAt(0)) && (isQualifying(word) || RussianMorphology.get().isAdjective(word));
    }

    /**
     * Государственный департамент, японское правительство: a full adjective or an ordinal, never a
     * pronoun's (этот, свой) or a comparative's (нынешнее). A form that also reads as a noun or a
     * surname qualifies only as a relational adjective in -ский, -цкий, the kind made from the name
     * of a place or a people (московского, Русской), not новой or главой.
     */
    private static boolean isQualifying(String word) {
        if (NUMERIC_ORDINAL.matcher(word).matches()) {
            return true;
        }
        List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(word);
        if (!readings.isEmpty() && readings.stream().allMatch(OrganizationDescriptors::isPositiveOrOrdinal)) {
            return true;
        }
        return readings.stream().anyMatch(r -> isPositiveOrOrdinal(r) && (r.lemma().endsWith("ский") || r.lemma().endsWith("цкий")))
                && readings.stream().allMatch(r -> isPositiveOrOrdinal(r) || r.tag().startsWith("NN"));
    }

    private static boolean isPositiveOrOrdinal(RussianMorphology.Reading reading) {
        return reading.tag().startsWith("ADJ:Posit") || reading.tag().startsWith("Ord");
    }

    /**
     * Complements between descriptor and name are nouns and adjectives in the genitive (иностранных
     * дел), not verbs, prepositions or another case (кабинета министров глава правительства).
     */
    static boolean isGenitiveComplement(String word) {
        List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(word);
        return !readings.isEmpty() && readings.stream().allMatch(r -> r.tag().startsWith("NN") || r.tag().startsWith("ADJ"))
                && readings.stream().anyMatch(RussianMorphology.Reading::isGenitive);
    }

    /** A descriptor, or a compound ending in one (интернет-издания, PR-служба, пресс-служба). */
    public static boolean isDescriptor(String word) {
        if (RussianMorphology.get().hasLemmaIn(word, DESCRIPTORS)) {
            return true;
        }
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && RussianMorphology.get().hasLemmaIn(word.substring(hyphen + 1), DESCRIPTORS);
    }
}
