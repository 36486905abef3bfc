package io.wirewatch.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.wirewatch.extract.source.ArticleJsonParser;
import io.wirewatch.extract.source.ArticleJsonParser.Parsed;
import io.wirewatch.extract.source.DecodingException;
import io.wirewatch.extract.source.TextDecoder;
import io.wirewatch.schema.ArticleFormat;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.web.BearerToken;
import io.wirewatch.web.ErrorCode;
import io.wirewatch.web.HttpReplies;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /ingest}: one JSON article ({@code {"id","source","url","language","published",
 * "headline","body"}}, only the body required) or a JSON array of them, to an {@link ArticleSink}.
 * Answers 202 with the accepted ids and the rejected elements with their reasons; 400 when nothing
 * could be read, 401 without the bearer token (when one is set), 403 from a browser page of an
 * origin not allowed ({@link IngestOrigins}), 405 for other methods, 413 above the request size
 * limit or when every article is over {@link ArticleFiles#MAX_ARTICLE_BYTES}, 415 for a body that is
 * not {@code application/json}, 503 when the sink could not deliver (retry; ids are stable).
 */
public final class IngestEndpoint implements HttpHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArticleSink sink;
    private final int maxBytes;
    private final BearerToken token;
    private final IngestOrigins origins;
    private final Clock clock;

    /** @param token bearer token required of clients, or null for none */
    public IngestEndpoint(ArticleSink sink, int maxBytes, String token, Clock clock) {
        this(sink, maxBytes, token, new IngestOrigins(List.of()), clock);
    }

    /** @param origins the browser origins whose pages may post (none: no page may) */
    public IngestEndpoint(ArticleSink sink, int maxBytes, String token, IngestOrigins origins, Clock clock) {
        this.sink = sink;
        this.maxBytes = maxBytes;
        this.token = new BearerToken(token);
        this.origins = origins;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!origins.admit(exchange)) {
                return;
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                HttpReplies.sendError(exchange, ErrorCode.METHOD_NOT_ALLOWED, "use POST with a JSON article or an array of articles");
                return;
            }
            if (!token.admits(exchange, null)) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"wirewatch\"");
                HttpReplies.sendError(exchange, ErrorCode.UNAUTHORIZED, "missing or wrong bearer token");
                return;
            }
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (!ContentTypes.isJson(contentType)) {
                HttpReplies.sendError(exchange, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "send Content-Type: application/json, not "
                        + (contentType == null ? "none" : "'" + contentType + "'"));
                return;
            }
            byte[] body = readLimited(exchange.getRequestBody());
            if (body == null) {
                HttpReplies.sendError(exchange, ErrorCode.PAYLOAD_TOO_LARGE, "request body over " + maxBytes + " bytes");
                return;
            }
            accept(exchange, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void accept(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        String text;
        try {
            text = TextDecoder.decode("request", body, ContentTypes.charset(exchange.getRequestHeaders().getFirst("Content-Type")));
        } catch (DecodingException e) {
            HttpReplies.sendError(exchange, ErrorCode.BAD_REQUEST, e.reason());
            return;
        }
        List<RawArticle> articles = new ArrayList<>();
        ArrayNode rejected = JSON.createArrayNode();
        boolean unreadable = read(text, articles, rejected);
        ArticleSink.Delivery delivery = articles.isEmpty() ? new ArticleSink.Delivery(Set.of(), Map.of())
                : sink.deliverChecked(articles);
        delivery.refused().forEach((id, reason) -> rejected.addObject().put("input", id).put("error", reason));
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode accepted = answer.putArray("accepted");
        delivery.delivered().forEach(accepted::add);
        answer.set("rejected", rejected);
        ArrayNode undelivered = answer.putArray("undelivered");
        articles.stream().map(RawArticle::getId)
                .filter(id -> !delivery.delivered().contains(id) && !delivery.refused().containsKey(id))
                .forEach(undelivered::add);
        // 503 only for what a retry can deliver; articles too large for good are 413, never "retry".
        ErrorCode failure = !undelivered.isEmpty() ? ErrorCode.UNAVAILABLE : !accepted.isEmpty() ? null
                : !rejected.isEmpty() && !unreadable ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.BAD_REQUEST;
        if (failure != null) {
            answer.put("code", failure.name());
        }
        HttpReplies.sendJson(exchange, failure == null ? 202 : failure.status(), answer);
    }

    /** Parses into {@code articles} and {@code rejected}; true when one was refused for more than its size. */
    private boolean read(String text, List<RawArticle> articles, ArrayNode rejected) {
        boolean unreadable = false;
        for (Parsed parsed : ArticleJsonParser.parseBatch("request", text)) {
            Parsed checked = ArticleFiles.limited(parsed);
            if (checked.isOk()) {
                RawArticle article = RawArticles.from(checked.article(), "http", clock.instant());
                article.setFormat(ArticleFormat.HTTP);
                articles.add(article);
            } else {
                rejected.addObject().put("input", checked.input()).put("error", checked.error());
                unreadable |= !parsed.isOk() || !ArticleFiles.tooLarge(parsed.article());
            }
        }
        return unreadable;
    }

    private byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        return bytes.length > maxBytes ? null : bytes;
    }
}
