package io.wirewatch.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.wirewatch.extract.source.ArticleIds;
import io.wirewatch.extract.text.Dateline;
import io.wirewatch.extract.source.DecodingException;
import io.wirewatch.extract.source.TextDecoder;
import io.wirewatch.schema.ArticleFormat;
import io.wirewatch.schema.RawArticle;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RSS 0.9x/1.0/2.0 or Atom document (bytes as served) to {@link RawArticle}s, with Rome.
 * Decoding: a BOM, then the charset of the HTTP {@code Content-Type}, then the XML declaration's
 * {@code encoding}, then strict UTF-8 or ICU detection of windows-1251 / KOI8-R ({@link TextDecoder});
 * undecodable bytes are an error, never mojibake. Per item: id from the GUID (Atom id), else the
 * link, else a content hash; headline from the title; text from {@code content:encoded} (Atom
 * content), else the description (summary), cleaned from HTML with jsoup; publication time with
 * its printed offset; source from {@code agency} or else the feed's title; language from the feed.
 */
public final class FeedParser {
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private FeedParser() {
    }

    /** The articles of one fetched feed, and what was wrong with items that could not become one. */
    public record ParsedFeed(String title, List<RawArticle> articles, List<String> problems) {
    }

    /**
     * @param feedUrl  the feed's address (ids of bare GUIDs are qualified with it; recorded as feed)
     * @param charset  the charset the server declared, or null
     * @param agency   the source to record, or null to use the feed's title
     * @throws FeedFormatException when the bytes are not a decodable, well-formed feed
     */
    public static ParsedFeed parse(String feedUrl, byte[] body, String charset, String agency, Instant received) {
        String xml = decode(feedUrl, body, charset);
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new StringReader(xml));
        } catch (FeedException | IllegalArgumentException e) {
            throw new FeedFormatException(feedUrl, "not an RSS or Atom feed: " + e.getMessage());
        }
        String source = agency != null && !agency.isBlank() ? agency.strip()
                : feed.getTitle() != null && !feed.getTitle().isBlank() ? HtmlText.toText(feed.getTitle()) : host(feedUrl);
        String language = language(feed.getLanguage());
        ArticleFormat format = feed.getFeedType() != null && feed.getFeedType().startsWith("atom")
                ? ArticleFormat.ATOM : ArticleFormat.RSS;
        List<OffsetDateTime> printedTimes = PublicationTimes.of(xml);
        List<SyndEntry> entries = feed.getEntries();
        List<RawArticle> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            OffsetDateTime printed = printedTimes.size() == entries.size() ? printedTimes.get(i) : null;
            RawArticle article = article(feedUrl, entry, printed, source, language, format, received);
            if (article == null) {
                problems.add(feedUrl + " item " + (i + 1) + ": no title and no text");
            } else {
                articles.add(article);
            }
        }
        return new ParsedFeed(feed.getTitle(), articles, problems);
    }

    private static RawArticle article(String feedUrl, SyndEntry entry, OffsetDateTime printed, String source,
            String language, ArticleFormat format, Instant received) {
        String headline = HtmlText.toText(entry.getTitle());
        String text = text(entry);
        if (text.isEmpty() && headline.isEmpty()) {
            return null;
        }
        if (text.isEmpty()) {
            // A flash: the headline is the whole story; analyse it once, as the body.
            text = headline;
            headline = "";
        }
        Instant published = published(entry);
        String offset = null;
        if (printed != null && (published == null || printed.toInstant().equals(published))) {
            published = printed.toInstant();
            offset = printed.getOffset().getId().equals("Z") ? "+00:00" : printed.getOffset().getId();
        }
        String link = blankToNull(entry.getLink());
        return RawArticle.newBuilder()
                .setId(id(feedUrl, entry, link, source, headline, text))
                .setSource(source)
                .setUrl(link)
                .setLanguage(language)
                .setPublished(published)
                .setPublishedOffset(offset)
                .setReceived(received)
                .setHeadline(headline)
                .setDateline(Dateline.find(text).map(Dateline::city).orElse(null))
                .setBody(text)
                .setFormat(format)
                .setFeed(feedUrl)
                .build();
    }

    static String id(String feedUrl, SyndEntry entry, String link, String source, String headline, String text) {
        String guid = blankToNull(entry.getUri());
        if (guid != null) {
            // A bare GUID ("12345") is unique only within its feed.
            return guid.contains(":") ? guid.strip() : feedUrl + "#" + guid.strip();
        }
        return link != null ? link.strip() : ArticleIds.contentId(source, headline, text);
    }

    private static String text(SyndEntry entry) {
        String best = "";
        for (SyndContent content : entry.getContents()) {
            String text = contentText(content);
            if (text.length() > best.length()) {
                best = text;
            }
        }
        if (best.isEmpty() && entry.getDescription() != null) {
            best = contentText(entry.getDescription());
        }
        return best;
    }

    private static String contentText(SyndContent content) {
        String type = content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
        String value = content.getValue();
        return type.equals("text") || type.equals("text/plain") ? HtmlText.tidy(value == null ? "" : value)
                : HtmlText.toText(value);
    }

    private static Instant published(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant();
    }

    static String decode(String feedUrl, byte[] body, String charset) {
        String declared = charset;
        if (declared == null || declared.isBlank()) {
            String head = new String(body, 0, Math.min(body.length, 256), StandardCharsets.ISO_8859_1);
            Matcher m = XML_ENCODING.matcher(head.startsWith("\uFEFF") ? head.substring(1) : head);
            declared = m.find() ? m.group(1) : null;
        }
        try {
            String xml = TextDecoder.decode(feedUrl, body, declared);
            return xml.startsWith("\uFEFF") ? xml.substring(1) : xml;
        } catch (DecodingException e) {
            throw new FeedFormatException(feedUrl, e.reason());
        }
    }

    private static String language(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String code = declared.strip().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        code = dash > 0 ? code.substring(0, dash) : code;
        return code.matches("[a-z]{2,3}") ? code : null;
    }

    private static String host(String feedUrl) {
        try {
            String host = java.net.URI.create(feedUrl).getHost();
            return host == null ? feedUrl : host;
        } catch (IllegalArgumentException e) {
            return feedUrl;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
