package io.wirewatch.runtime;

import io.wirewatch.config.WirewatchConfig;
import io.micrometer.core.instrument.FunctionCounter;
import io.wirewatch.alert.AlertDispatcher;
import io.wirewatch.alert.WebhookSender;
import io.wirewatch.topology.DeadLetterProductionHandler;
import io.wirewatch.topology.ExtractorTopology;
import io.wirewatch.topology.StreamsSettings;
import io.wirewatch.topology.TopologySettings;
import io.wirewatch.alert.AlertRules;
import io.wirewatch.embedded.PortInUseException;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wirewatch.web.ApiServer;
import io.wirewatch.web.BindCheck;
import io.wirewatch.web.HostCheck;
import io.wirewatch.web.LiveFeed;
import java.net.URI;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import java.nio.file.Path;
import io.wirewatch.topology.WirewatchTopics;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The extractor as a running service on a cluster: topics created when missing, the value schema of
 * every topic registered (an incompatible schema stops the start with the registry's reason), then
 * the Kafka Streams application started and RUNNING.
 */
public final class Pipeline implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private final ApiServer api;
    private final LiveFeed feed;
    private final ExtractorService extractor;
    private final AlertDispatcher alerts;
    private final WirewatchTopics topics;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Pipeline(ApiServer api, LiveFeed feed, ExtractorService extractor, AlertDispatcher alerts,
            WirewatchTopics topics) {
        this.api = api;
        this.feed = feed;
        this.extractor = extractor;
        this.alerts = alerts;
        this.topics = topics;
    }

    /**
     * Starts the pipeline: the brokers answer (within {@code wirewatch.broker.wait.ms}), topics, schemas, the HTTP server (bound first: its address is this
     * instance's {@code application.server}; dashboard, API, live feed, metrics), the extractor,
     * then the alert dispatcher.
     */
    public static Pipeline start(WirewatchConfig config) throws InterruptedException {
        checkBinding(config);
        Map<String, Object> client = config.clientProperties();
        BrokerCheck.await(client, Duration.ofMillis(config.get(WirewatchConfig.BROKER_WAIT_MS)));
        if (config.get(WirewatchConfig.CREATE_TOPICS)) {
            TopicCreator.ensureTopics(client, config.get(WirewatchConfig.PARTITIONS));
        }
        WirewatchTopics topics = WirewatchTopics.withRegistry(client);
        SchemaRegistrar.registerAll(client);
        String token = config.get(WirewatchConfig.HTTP_TOKEN);
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmGcMetrics().bindTo(metrics);
        new ProcessorMetrics().bindTo(metrics);
        ApiServer api = startApi(config, token, metrics);
        LiveFeed feed = null;
        try {
            Properties settings = StreamsSettings.of(client);
            HostInfo advertised = advertisedAddress(client, api);
            settings.put(StreamsConfig.APPLICATION_SERVER_CONFIG, advertised.host() + ":" + advertised.port());
            settings.put(DeadLetterProductionHandler.FAILURES_CONFIG, new OutputFailureMetrics(metrics));
            TopologySettings topology = TopologySettings.defaults(alertRules(config))
                    .withMaxValueBytes(config.get(WirewatchConfig.OUTPUT_MAX_BYTES));
            ExtractorService extractor = new ExtractorService(ExtractorTopology.buildTopology(topics,
                    new TimedArticleProcessor(Extractors.processor(), metrics), topology), settings);
            new KafkaStreamsMetrics(extractor.streams()).bindTo(metrics);
            FunctionCounter.builder("wirewatch.stream.thread.failures", extractor, ExtractorService::threadFailures)
                    .description("Stream threads that failed and were replaced").register(metrics);
            api.reportProblems(extractor::problem);
            extractor.start();
            feed = new LiveFeed(client, topics, metrics).start();
            api.attach(extractor.streams(), token.isBlank() ? null : token, feed, advertised);
            extractor.awaitRunning(START_TIMEOUT);
            String webhook = config.get(WirewatchConfig.ALERT_WEBHOOK);
            AlertDispatcher alerts = new AlertDispatcher(client, topics.alerts(),
                    config.get(WirewatchConfig.APPLICATION_ID) + "-alert-dispatch",
                    webhook.isBlank() ? null : new WebhookSender(URI.create(webhook), 6, Duration.ofSeconds(1))).start();
            return new Pipeline(api, feed, extractor, alerts, topics);
        } catch (RuntimeException | InterruptedException e) {
            if (feed != null) {
                feed.close();
            }
            api.close();
            throw e;
        }
    }

    /** Refuses an HTTP address beyond loopback without a token, unless the config says to accept the risk. */
    public static void checkBinding(WirewatchConfig config) {
        BindCheck.check("the REST API and dashboard", config.get(WirewatchConfig.HTTP_HOST),
                !config.get(WirewatchConfig.HTTP_TOKEN).isBlank(), config.get(WirewatchConfig.HTTP_INSECURE_NO_AUTH),
                WirewatchConfig.HTTP_TOKEN.key() + " (WIREWATCH_HTTP_TOKEN)");
    }

    /**
     * The address other instances reach this one at: {@code application.server} when set (a bind to
     * 0.0.0.0 in a container is reached by its service name), else the bound address.
     */
    static HostInfo advertisedAddress(Map<String, Object> client, ApiServer api) {
        Object configured = client.get(StreamsConfig.APPLICATION_SERVER_CONFIG);
        return configured == null || configured.toString().isBlank() ? api.hostInfo()
                : HostInfo.buildFromEndpoint(configured.toString());
    }

    private static ApiServer startApi(WirewatchConfig config, String token, PrometheusMeterRegistry metrics) {
        String host = config.get(WirewatchConfig.HTTP_HOST);
        int port = config.get(WirewatchConfig.HTTP_PORT);
        try {
            return ApiServer.start(host, port, token, HostCheck.names(config.get(WirewatchConfig.HTTP_ALLOWED_HOSTS)), metrics);
        } catch (java.net.BindException e) {
            throw new PortInUseException("HTTP API", port, e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot serve the HTTP API on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /** The HTTP API of this instance. */
    public ApiServer api() {
        return api;
    }

    /** The rules file named by {@code wirewatch.alert.rules}, else the bundled rules. */
    static AlertRules alertRules(WirewatchConfig config) {
        String file = config.get(WirewatchConfig.ALERT_RULES);
        return file.isBlank() ? AlertRules.bundled() : AlertRules.load(Path.of(file));
    }

    public WirewatchTopics topics() {
        return topics;
    }

    public ExtractorService extractor() {
        return extractor;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            alerts.close();
            feed.close();
            extractor.close();
            api.close();
        }
    }
}
