package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.serde.Topic;
import io.wirewatch.testing.SharedCluster;
import io.wirewatch.topology.WirewatchTopics;
import java.io.File;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page of another origin (another loopback port), opened in headless Chromium, tries to feed
 * {@code POST /ingest} every way a page can without the server's consent: forms ({@code text/plain}
 * and url-encoded, which need no CORS) and {@code fetch} ({@code text/plain} no-cors and cors, and
 * {@code application/json}, which needs a preflight). Nothing it sends reaches the topic; an
 * article posted afterwards by a client that is not a browser does, and is all the topic holds.
 */
class IngestCrossOriginBrowserIT {
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String TOPIC = "ingest-cross-origin-" + RUN;
    private static final String SPOOFED = "{\"id\":\"spoofed-" + RUN + "\",\"source\":\"Reuters\","
            + "\"body\":\"Франция приостановила контакты с Россией.\"}";
    private static Map<String, Object> client;
    private static RawArticleProducer producer;
    private static IngestServer ingest;
    private static HttpServer otherOrigin;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        client = SharedCluster.config().clientProperties();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", client.get("bootstrap.servers")))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        }
        Topic<String, RawArticle> raw = WirewatchTopics.withRegistry(client).raw();
        producer = new RawArticleProducer(client, new Topic<>(TOPIC, raw.keySerde(), raw.valueSerde()));
        ingest = IngestServer.start("127.0.0.1", 0, new IngestEndpoint(new KafkaArticleSink(producer, System.err::println),
                10 * 1024 * 1024, null, Clock.systemUTC()));
        otherOrigin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        otherOrigin.createContext("/", exchange -> {
            byte[] page = attackerPage().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        otherOrigin.start();
        browser = chromium();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (otherOrigin != null) {
            otherOrigin.stop(0);
        }
        if (ingest != null) {
            ingest.close();
        }
        if (producer != null) {
            producer.close();
        }
    }

    private static String ingestUrl() {
        return "http://127.0.0.1:" + ingest.port() + "/ingest";
    }

    private static String otherOriginUrl() {
        return "http://127.0.0.1:" + otherOrigin.getAddress().getPort() + "/";
    }

    /** Two forms whose bodies parse as the spoofed article: a text/plain one and a url-encoded one. */
    private static String attackerPage() {
        String name = SPOOFED.substring(0, SPOOFED.length() - 1) + ",\"pad\":\"";
        return "<!doctype html><html><body>"
                + "<form id=plain method=POST enctype=text/plain action='" + ingestUrl() + "'>"
                + "<input type=hidden name='" + name.replace("'", "&#39;") + "' value='\"}'></form>"
                + "<form id=encoded method=POST action='" + ingestUrl() + "'>"
                + "<input type=hidden name=article value='" + SPOOFED.replace("'", "&#39;") + "'></form>"
                + "</body></html>";
    }

    private static ChromeDriver chromium() throws Exception {
        Path profile = Files.createTempDirectory("wirewatch-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Runs fetch in the page; returns how it ended (the request is sent either way). */
    private static String fetchFromThePage(String mode, String contentType) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', mode: arguments[1], headers: {'Content-Type': arguments[2]},"
                        + " body: arguments[3]}).then(r => done('answered ' + r.type + ' ' + r.status),"
                        + " e => done('failed ' + e));",
                ingestUrl(), mode, contentType, SPOOFED);
    }

    private static void submitForm(String id) {
        browser.get(otherOriginUrl());
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).submit()", id);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().equals(ingestUrl()));
    }

    @Test
    void aPageOfAnotherOriginCannotFeedThePipeline() throws Exception {
        submitForm("plain");
        String plainFormAnswer = browser.getPageSource();
        submitForm("encoded");
        String encodedFormAnswer = browser.getPageSource();
        browser.get(otherOriginUrl());
        List<String> fetches = List.of(fetchFromThePage("no-cors", "text/plain"), fetchFromThePage("cors", "text/plain"),
                fetchFromThePage("cors", "application/json"));

        String control = "{\"id\":\"control-" + RUN + "\",\"body\":\"Контрольная статья.\"}";
        HttpResponse<String> direct = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ingestUrl()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(control)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(plainFormAnswer).contains("FOREIGN_ORIGIN");
        assertThat(encodedFormAnswer).contains("FOREIGN_ORIGIN");
        assertThat(fetches.get(0)).isEqualTo("answered opaque 0");
        assertThat(fetches.subList(1, 3)).allSatisfy(f -> assertThat(f).startsWith("failed TypeError"));
        assertThat(direct.statusCode()).isEqualTo(202);
        assertThat(idsOnTheTopicUpTo("control-" + RUN)).containsExactly("control-" + RUN);
    }

    /** The ids on the topic, read from the start until {@code last}: everything sent before it. */
    private static List<String> idsOnTheTopicUpTo(String last) {
        Properties props = new Properties();
        props.putAll(client);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "ingest-cross-origin-" + RUN);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Topic<String, RawArticle> raw = WirewatchTopics.withRegistry(client).raw();
        List<String> ids = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(props, raw.keySerde().deserializer(),
                raw.valueSerde().deserializer())) {
            consumer.subscribe(List.of(TOPIC));
            while (!ids.contains(last) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, RawArticle> record : consumer.poll(Duration.ofMillis(500))) {
                    ids.add(record.value().getId());
                }
            }
        }
        return ids;
    }
}
