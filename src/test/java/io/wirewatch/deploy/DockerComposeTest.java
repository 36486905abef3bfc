package io.wirewatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.cli.WirewatchCommand;
import io.wirewatch.config.WirewatchConfig;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * There is no Docker engine here, so docker-compose.yml is checked against the code: the Wirewatch
 * services run commands and options the CLI accepts, their environment resolves to the broker and
 * registry services as those listen, every dependency has a healthcheck, and the extractor is
 * reachable: all interfaces with a token, its port published, {@code /health} checked and its
 * service name as {@code application.server}.
 */
class DockerComposeTest {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::([-?])([^}]*))?}");
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws Exception {
        try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @Test
    void theWirewatchServicesRunCommandsTheCliAccepts() {
        for (String name : List.of("extractor", "seed-producer")) {
            List<String> command = strings(services.get(name).get("command"));
            assertThat(command.subList(0, 3)).as(name).containsExactly("java", "-jar", "target/wirewatch.jar");
            List<String> args = command.subList(3, command.size());
            CommandLine.ParseResult parsed = WirewatchCommand.commandLine().parseArgs(args.toArray(String[]::new));
            assertThat(parsed.hasSubcommand()).as(name).isTrue();
            assertThat(services.get(name).get("image").toString()).as(name).contains("jre");
        }
        assertThat(strings(services.get("extractor").get("command"))).contains("stream");
        assertThat(strings(services.get("seed-producer").get("command"))).contains("produce", "seeds");
        assertThat(Path.of("seeds")).isDirectory();
    }

    @Test
    void theEnvironmentPointsAtTheBrokerAndRegistryAsTheyListen() {
        for (String name : List.of("extractor", "seed-producer")) {
            WirewatchConfig config = WirewatchConfig.builder().environment(environment(name)).build();
            String bootstrap = config.get(WirewatchConfig.BOOTSTRAP_SERVERS);
            assertThat(environment("kafka").get("KAFKA_ADVERTISED_LISTENERS")).as(name).contains("//" + bootstrap);
            String registry = config.get(WirewatchConfig.SCHEMA_REGISTRY_URL);
            assertThat(registry).as(name).isEqualTo("http://schema-registry:"
                    + port(environment("schema-registry").get("SCHEMA_REGISTRY_LISTENERS")));
            assertThat(environment("schema-registry").get("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS")).endsWith(bootstrap);
        }
        WirewatchConfig extractor = WirewatchConfig.builder().environment(environment("extractor")).build();
        assertThat(extractor.get(WirewatchConfig.APPLICATION_ID)).isEqualTo("wirewatch-extractor");
        assertThat(environment("schema-registry").get("SCHEMA_REGISTRY_SCHEMA_COMPATIBILITY_LEVEL")).isEqualToIgnoringCase("backward");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDependencyIsAHealthcheckedService() {
        services.forEach((name, service) -> {
            Map<String, Object> dependsOn = (Map<String, Object>) service.getOrDefault("depends_on", Map.of());
            dependsOn.forEach((dependency, condition) -> {
                assertThat(services).as(name + " depends on " + dependency).containsKey(dependency);
                assertThat(((Map<String, Object>) condition).get("condition")).isEqualTo("service_healthy");
                assertThat(services.get(dependency)).as(dependency).containsKey("healthcheck");
            });
        });
        assertThat(services.get("extractor").get("depends_on")).isNotNull();
    }

    @Test
    void theExtractorListensOnAllInterfacesWithATokenAndPublishesItsPort() {
        WirewatchConfig extractor = WirewatchConfig.builder().environment(environment("extractor")).build();
        assertThat(extractor.get(WirewatchConfig.HTTP_HOST)).isEqualTo("0.0.0.0");
        assertThat(extractor.get(WirewatchConfig.HTTP_TOKEN)).as("token, from .env").isNotBlank();
        int port = extractor.get(WirewatchConfig.HTTP_PORT);
        assertThat(strings(services.get("extractor").get("ports"))).contains("127.0.0.1:" + port + ":" + port);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExtractorHasAHealthcheckOnHealth() {
        int port = WirewatchConfig.builder().environment(environment("extractor")).build().get(WirewatchConfig.HTTP_PORT);
        Map<String, Object> healthcheck = (Map<String, Object>) services.get("extractor").get("healthcheck");
        assertThat(healthcheck).as("extractor healthcheck").isNotNull();
        String test = String.join(" ", strings(healthcheck.get("test")));
        assertThat(test).contains("/dev/tcp/127.0.0.1/" + port).contains("GET /health ").contains(" 200 ");
    }

    @Test
    void theExtractorAdvertisesItsServiceNameAsApplicationServer() {
        Map<String, Object> clients = WirewatchConfig.builder().environment(environment("extractor")).build().clientProperties();
        int port = WirewatchConfig.builder().environment(environment("extractor")).build().get(WirewatchConfig.HTTP_PORT);
        assertThat(clients.get("application.server")).isEqualTo("extractor:" + port);
        assertThat(services.get("extractor").get("hostname")).isEqualTo("extractor");
    }

    /** The service's environment as docker compose passes it: {@code ${VAR}} forms resolved from .env. */
    private static Map<String, String> environment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object raw = services.get(service).get("environment");
        if (raw instanceof Map<?, ?> map) {
            map.forEach((k, v) -> env.put(k.toString(), interpolate(String.valueOf(v))));
        }
        return env;
    }

    /** {@code ${NAME}}, {@code ${NAME:-default}} and {@code ${NAME:?error}}, with the values of .env. */
    private static String interpolate(String value) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String set = dotEnv().get(m.group(1));
            String replacement = set != null && !set.isEmpty() ? set
                    : "-".equals(m.group(2)) ? m.group(3) : null;
            assertThat(replacement).as("compose variable " + m.group(1) + " is unset: " + m.group(3)).isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    private static Map<String, String> dotEnv() {
        Properties env = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(".env"))) {
            env.load(reader);
        } catch (java.io.IOException e) {
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        env.stringPropertyNames().forEach(name -> values.put(name, env.getProperty(name)));
        return values;
    }

    private static List<String> strings(Object value) {
        return ((List<?>) value).stream().map(Object::toString).toList();
    }

    private static int port(String url) {
        return Integer.parseInt(url.replaceAll(".*:(\\d+)/?$", "$1"));
    }
}
