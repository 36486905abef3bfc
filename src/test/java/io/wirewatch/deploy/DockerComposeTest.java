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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * There is no Docker engine here, so docker-compose.yml is checked against the code: the Wirewatch
 * services run commands and options the CLI accepts, their environment resolves to the broker and
 * registry services as those listen, and every dependency has a healthcheck.
 */
class DockerComposeTest {
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

    private static Map<String, String> environment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object raw = services.get(service).get("environment");
        if (raw instanceof Map<?, ?> map) {
            map.forEach((k, v) -> env.put(k.toString(), String.valueOf(v)));
        }
        return env;
    }

    private static List<String> strings(Object value) {
        return ((List<?>) value).stream().map(Object::toString).toList();
    }

    private static int port(String url) {
        return Integer.parseInt(url.replaceAll(".*:(\\d+)/?$", "$1"));
    }
}
