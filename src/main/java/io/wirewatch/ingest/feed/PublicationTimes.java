package io.wirewatch.ingest.feed;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The publication time of each item of a feed as printed, offset included, which Rome's
 * {@code java.util.Date} loses: {@code Tue, 10 Feb 2026 01:30:00 +0300} must stay on 10 February.
 * Reads the feed's items ({@code item}) or entries ({@code entry}) in document order and takes the
 * first of {@code pubDate}, {@code published}, {@code dc:date}, {@code issued}, then
 * {@code updated}/{@code modified}. DTDs and external entities are refused.
 */
final class PublicationTimes {
    private static final Map<String, Integer> PRIORITY = Map.of(
            "pubDate", 0, "published", 0, "date", 1, "issued", 1, "updated", 2, "modified", 2);
    private static final XMLInputFactory FACTORY = secureFactory();

    private PublicationTimes() {
    }

    /** One entry per item in document order; null where an item has no readable time. */
    static List<OffsetDateTime> of(String xml) {
        List<OffsetDateTime> times = new ArrayList<>();
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(xml));
            int itemDepth = -1;
            int depth = 0;
            OffsetDateTime best = null;
            int bestRank = Integer.MAX_VALUE;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = reader.getLocalName();
                    if (itemDepth < 0 && (name.equals("item") || name.equals("entry"))) {
                        itemDepth = depth;
                        best = null;
                        bestRank = Integer.MAX_VALUE;
                    } else if (itemDepth > 0 && depth == itemDepth + 1 && PRIORITY.containsKey(name)) {
                        int rank = PRIORITY.get(name);
                        OffsetDateTime parsed = parse(reader.getElementText());
                        depth--; // getElementText consumed the end tag
                        if (parsed != null && rank < bestRank) {
                            best = parsed;
                            bestRank = rank;
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == itemDepth) {
                        times.add(best);
                        itemDepth = -1;
                    }
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            return List.of(); // the caller falls back to Rome's UTC instants
        }
        return times;
    }

    /** RFC 822/1123 (RSS) or ISO 8601 with offset (Atom, Dublin Core); null when neither. */
    static OffsetDateTime parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException notIso) {
            try {
                return OffsetDateTime.parse(value.replaceAll("\\s+", " "),
                        DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
            } catch (DateTimeParseException notRfc) {
                return null;
            }
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
