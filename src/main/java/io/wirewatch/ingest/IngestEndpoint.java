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
import io.wirewatch.web.HttpReplies;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /ingest}: one JSON article ({@code {"id","source","url","language","published",
 * "headline","body"}}, only the body required) or a JSON array of them, to an {@link ArticleSink}.
 * Answers 202 with the accepted ids and the rejected elements with their reasons; 400 when nothing
 * could be read, 401 without the bearer token (when one is set), 405 for other methods, 413 above
 * the size limit, 503 when the sink could not deliver (the client should retry; ids are stable).
 */
public final class IngestEndpoint implements HttpHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArticleSink sink;
    private final int maxBytes;
    private final BearerToken token;
    private final Clock clock;

    /** @param token bearer token required of clients, or null for none */
    public IngestEndpoint(ArticleSink sink, int maxBytes, String token, Clock clock) {
        this.sink = sink;
        this.maxBytes = maxBytes;
        this.token = new BearerToken(token);
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                HttpReplies.sendJson(exchange, 405, HttpReplies.error("use POST with a JSON article or an array of articles"));
                return;
            }
            if (!token.admits(exchange, null)) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"wirewatch\"");
                HttpReplies.sendJson(exchange, 401, HttpReplies.error("missing or wrong bearer token"));
                return;
            }
            byte[] body = readLimited(exchange.getRequestBody());
            if (body == null) {
                HttpReplies.sendJson(exchange, 413, HttpReplies.error("request body over " + maxBytes + " bytes"));
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
            HttpReplies.sendJson(exchange, 400, HttpReplies.error(e.reason()));
            return;
        }
        List<RawArticle> articles = new ArrayList<>();
        ArrayNode rejected = JSON.createArrayNode();
        for (Parsed parsed : ArticleJsonParser.parseBatch("request", text)) {
            if (parsed.isOk()) {
                RawArticle article = RawArticles.from(parsed.article(), "http", clock.instant());
                article.setFormat(ArticleFormat.HTTP);
                articles.add(article);
            } else {
                rejected.addObject().put("input", parsed.input()).put("error", parsed.error());
            }
        }
        Set<String> delivered = articles.isEmpty() ? Set.of() : sink.deliver(articles);
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode accepted = answer.putArray("accepted");
        delivered.forEach(accepted::add);
        answer.set("rejected", rejected);
        ArrayNode undelivered = answer.putArray("undelivered");
        articles.stream().map(RawArticle::getId).filter(id -> !delivered.contains(id)).forEach(undelivered::add);
        int status = !undelivered.isEmpty() ? 503 : delivered.isEmpty() ? 400 : 202;
        HttpReplies.sendJson(exchange, status, answer);
    }

    private byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        return bytes.length > maxBytes ? null : bytes;
    }
}
