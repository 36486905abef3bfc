package io.wirewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.source.ArticleTextParser;
import io.wirewatch.ingest.RawArticleProducer;
import io.wirewatch.ingest.RawArticles;
import io.wirewatch.runtime.Pipeline;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.testing.SharedCluster;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser (Debian's headless Chromium driven by Selenium) against the
 * pipeline on the real broker and registry. Without Chromium these tests fail: CI installs it.
 */
class DashboardBrowserIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static Pipeline pipeline;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        pipeline = Pipeline.start(SharedCluster.config());
        send(seed());
        profile = Files.createTempDirectory("wirewatch-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @BeforeEach
    void openThePage() {
        browser.get(base() + "/");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    private static String base() {
        return "http://127.0.0.1:" + pipeline.api().port();
    }

    private static RawArticle seed() throws Exception {
        Path file;
        try (var files = Files.list(Path.of("seeds"))) {
            file = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        return RawArticles.from(ArticleTextParser.parse("dashboard-seed-" + RUN, Files.readString(file)), "test", Instant.now());
    }

    private static RawArticle article(String id, String headline, String body) {
        return RawArticles.from(ArticleTextParser.parse(id, "date 2026-02-11\n" + headline + "\n\n" + body + "\n"), "test",
                Instant.now());
    }

    private static void send(RawArticle article) throws Exception {
        var client = SharedCluster.config().clientProperties();
        try (RawArticleProducer producer = new RawArticleProducer(client, pipeline.topics().raw())) {
            assertThat(producer.sendAll(List.of(article))).allMatch(RawArticleProducer.Outcome::ok);
        }
    }

    /** Texts (or an attribute) of the elements matching {@code selector}, read at once: the page re-renders. */
    @SuppressWarnings("unchecked")
    private static List<String> snapshot(String selector, String attribute) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll(arguments[0])].map(e => arguments[1] ? e.getAttribute(arguments[1]) : e.textContent)",
                selector, attribute);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, WAIT).until(d -> condition.getAsBoolean());
    }

    private static void waitForText(String selector, String text) {
        try {
            waitUntil(() -> snapshot(selector, null).stream().anyMatch(t -> t.contains(text)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no '" + text + "' in " + selector + " within " + WAIT.toSeconds() + " s; page says '"
                    + browser.findElement(By.id("connection")).getText() + "', feed has "
                    + browser.findElements(By.cssSelector("#feed li")).size() + " item(s)", e);
        }
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void theSeedsStatementsAndContactEventAppearAndTheApiAndMetricsAnswer() throws Exception {
        waitForText("#feed .statement", "Dmitry Peskov");
        waitForText("#feed .statement", "Emmanuel Macron");
        waitForText("#feed .event", "FRA–RUS");
        waitForText("#dyads tbody tr", "FRA–RUS");

        assertThat(get("/api/events?country=FRA")).contains("\"code\":\"FRA\"").contains("\"code\":\"RUS\"");
        assertThat(get("/metrics")).contains("wirewatch_extraction_seconds_count").contains("kafka_stream");
        Files.createDirectories(Path.of("target"));
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), Path.of("target/dashboard.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anArticleProducedWhileThePageIsOpenAppearsWithoutReload() throws Exception {
        waitForText("#feed .statement", "Dmitry Peskov");
        Object marker = ((JavascriptExecutor) browser).executeScript("window.__notReloaded = true; return true;");
        String quote = "We have restored a channel " + RUN;
        send(article("live-" + RUN, "Macron says channel to Moscow restored",
                "Paris, Feb 11 - French President Emmanuel Macron said contacts with the Kremlin had resumed. \""
                        + quote + ",\" Macron told reporters."));

        waitForText("#feed .statement", quote);
        assertThat(marker).isEqualTo(true);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__notReloaded === true")).isEqualTo(true);
    }

    @Test
    void aHostileHeadlineIsShownAsTextAndRunsNothing() throws Exception {
        String hostile = "<img src=x onerror=window.__pwned=1> " + RUN;
        send(article("hostile-" + RUN, hostile,
                "Москва. 11 февраля. INTERFAX.RU - \"Контакты продолжаются " + RUN + "\", - сказал Дмитрий Песков."));

        waitForText("#feed .statement", hostile);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(snapshot("#feed img", null)).isEmpty();
    }

    /** Empties an input the way a user does, so the page's input listener runs. */
    private static void clear(WebElement input) {
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
    }

    @Test
    void filtersNarrowTheFeedAndThePairs() {
        waitForText("#feed .statement", "Emmanuel Macron");
        waitForText("#feed .event", "FRA–RUS");
        WebElement country = browser.findElement(By.id("filter-country"));
        country.sendKeys("FRA");
        waitUntil(() -> !snapshot("#feed .event", "data-countries").isEmpty()
                && snapshot("#feed .event", "data-countries").stream().allMatch(c -> c.contains("FRA")));
        assertThat(snapshot("#dyads tbody tr", "data-dyad")).isNotEmpty().allSatisfy(d -> assertThat(d).contains("FRA"));
        clear(country);

        WebElement person = browser.findElement(By.id("filter-person"));
        person.sendKeys("macron");
        waitUntil(() -> !snapshot("#feed .statement", null).isEmpty()
                && snapshot("#feed .statement", null).stream().allMatch(t -> t.contains("Emmanuel Macron")));
        clear(person);

        new Select(browser.findElement(By.id("filter-status"))).selectByVisibleText("RESUMED");
        waitUntil(() -> snapshot("#feed .statement", null).isEmpty()
                && snapshot("#feed .event", "data-status").stream().allMatch("RESUMED"::equals));
        assertThat(snapshot("#feed .event", "data-status")).isNotEmpty();
        new Select(browser.findElement(By.id("filter-status"))).selectByVisibleText("any");
        waitUntil(() -> !snapshot("#feed .statement", null).isEmpty());
    }

    /** Makes the page's requests to these URL patterns fail, as when the API cannot answer yet. */
    private static void failRequests(String... patterns) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of(patterns)));
    }

    @Test
    void thePairsAndLeaderboardFillWhenThePageWasOpenedBeforeTheDataArrivedAndTheApiCouldAnswer() throws Exception {
        // Opened while the pairs and entities queries fail (the extractor starting, stores
        // restoring), then the data comes: the live feed shows it at once, the panels once the
        // API answers, without a reload.
        failRequests("*/api/dyads*", "*/api/entities/*");
        try {
            browser.get(base() + "/");
            send(article("pair-" + RUN, "Germany and Japan resume talks",
                    "Berlin, Feb 11 - Germany and Japan have resumed talks at the level of foreign ministers, "
                            + "the German foreign ministry said."));
            waitUntil(() -> snapshot("#feed .event", "data-countries").stream().anyMatch(c -> c.contains("DEU") && c.contains("JPN")));
            assertThat(snapshot("#dyads tbody tr", "data-dyad")).doesNotContain("DEU|JPN");
            Thread.sleep(3000); // the page has tried and failed to load the panels after the news came
        } finally {
            failRequests();
        }
        waitUntil(() -> snapshot("#dyads tbody tr", "data-dyad").contains("DEU|JPN"));
        waitUntil(() -> !snapshot("#entities li", "data-entity").isEmpty());
        assertThat(snapshot("#entities li", "data-entity")).contains("Q183");
        assertThat(snapshot("#dyads tbody tr", "data-dyad")).contains("FRA|RUS");
    }

    /** Opens the FRA–RUS timeline from its row and waits until it shows the seed's events. */
    private static void openTheFranceRussiaTimeline() {
        waitForText("#dyads tbody tr", "FRA–RUS");
        browser.findElement(By.cssSelector("#dyads tbody tr[data-dyad='FRA|RUS']")).click();
        waitUntil(() -> browser.findElement(By.id("timeline-panel")).isDisplayed()
                && snapshot("#timeline li", "data-status").containsAll(List.of("PLANNED", "RESUMED")));
    }

    @Test
    void aPairsTimelineShowsHowItMovedEndingInTheStateItsRowShows() {
        openTheFranceRussiaTimeline();

        List<String> statuses = snapshot("#timeline li", "data-status");
        List<String> current = snapshot("#timeline li.current", "data-status");
        assertThat(current).containsExactly("RESUMED");
        assertThat(statuses.get(statuses.size() - 1)).isEqualTo("RESUMED");
        assertThat(statuses.indexOf("PLANNED")).isLessThan(statuses.lastIndexOf("RESUMED"));
        assertThat(snapshot("#dyads tbody tr[data-dyad='FRA|RUS']", "data-status")).containsExactly("RESUMED");
        assertThat(browser.findElement(By.id("timeline-rule")).getText()).contains("latest reported state");
        screenshot("target/dashboard-timeline.png");
    }

    private static void screenshot(String path) {
        try {
            Files.createDirectories(Path.of(path).getParent());
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), Path.of(path),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void inTheArticleViewEntityMarksStayVisibleInsideEvidence() {
        waitForText("#feed .statement", "имели место контакты");
        browser.findElements(By.cssSelector("#feed .statement")).stream()
                .filter(e -> e.getText().contains("имели место контакты")).findFirst().orElseThrow().click();
        waitUntil(() -> browser.findElement(By.id("article-panel")).isDisplayed()
                && !snapshot("#article-text mark.evidence", null).isEmpty());

        // What is painted at the middle of each entity mark inside evidence is that entity mark.
        String probe = """
                const inside = [...document.querySelectorAll('#article-text mark.evidence mark.entity')].slice(0, 8);
                return inside.map((m) => {
                  m.scrollIntoView({ block: 'center' });
                  const r = m.getClientRects()[0];
                  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                  return hit === m || m.contains(hit);
                });""";
        waitUntil(() -> {
            List<Boolean> visible = (List<Boolean>) ((JavascriptExecutor) browser).executeScript(probe);
            return !visible.isEmpty() && visible.stream().allMatch(Boolean::booleanValue);
        });
        Map<String, Object> styles = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                const evidence = getComputedStyle(document.querySelector('#article-text mark.evidence'));
                const entity = getComputedStyle(document.querySelector('#article-text mark.evidence mark.entity'));
                return { evidenceBackground: evidence.backgroundColor, evidenceLine: evidence.textDecorationLine,
                         entityBackground: entity.backgroundColor };""");
        assertThat(styles.get("evidenceBackground")).isEqualTo("rgba(0, 0, 0, 0)");
        assertThat((String) styles.get("evidenceLine")).contains("underline");
        assertThat(styles.get("entityBackground")).isNotEqualTo("rgba(0, 0, 0, 0)");
        screenshot("target/dashboard-article.png");
    }
}
