package io.wirewatch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WirewatchConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsApplyWhenNothingIsSet() {
        WirewatchConfig config = WirewatchConfig.defaults();
        assertThat(config.get(WirewatchConfig.BOOTSTRAP_SERVERS)).isEqualTo("localhost:9092");
        assertThat(config.get(WirewatchConfig.HTTP_HOST)).isEqualTo("127.0.0.1");
        assertThat(config.get(WirewatchConfig.HTTP_PORT)).isEqualTo(8080);
    }

    @Test
    void laterLayersWin() throws Exception {
        Path file = dir.resolve("ww.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\nwirewatch.http.port=9000\nlinger.ms=7\n");
        WirewatchConfig config = WirewatchConfig.builder()
                .file(file)
                .environment(Map.of("WIREWATCH_BOOTSTRAP_SERVERS", "env:9092", "WIREWATCH_HTTP_PORT", "9100",
                        "PATH", "/usr/bin"))
                .values(Map.of("wirewatch.http.port", "9200"))
                .build();
        assertThat(config.get(WirewatchConfig.BOOTSTRAP_SERVERS)).isEqualTo("env:9092");
        assertThat(config.get(WirewatchConfig.HTTP_PORT)).isEqualTo(9200);
        assertThat(config.clientProperties()).containsEntry("linger.ms", "7")
                .containsEntry("bootstrap.servers", "env:9092")
                .doesNotContainKey("wirewatch.http.port")
                .doesNotContainKey("path");
    }

    @Test
    void environmentNamesMapToKeys() {
        assertThat(WirewatchConfig.envToKey("WIREWATCH_SCHEMA_REGISTRY_URL")).isEqualTo("schema.registry.url");
        assertThat(WirewatchConfig.envToKey("WIREWATCH_TOPIC_PARTITIONS")).isEqualTo("wirewatch.topic.partitions");
        assertThat(WirewatchConfig.envToKey("WIREWATCH_SASL_MECHANISM")).isEqualTo("sasl.mechanism");
    }

    @Test
    void badValuesNameTheKey() {
        assertThatThrownBy(() -> WirewatchConfig.builder().value("wirewatch.http.port", "eighty").build())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("wirewatch.http.port").hasMessageContaining("eighty");
        assertThatThrownBy(() -> WirewatchConfig.builder().value("wirewatch.topic.partitions", "0").build())
                .hasMessageContaining("at least 1");
    }

    @Test
    void aMissingFileIsAClearError() {
        assertThatThrownBy(() -> WirewatchConfig.builder().file(dir.resolve("nope.properties")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("nope.properties");
    }
}
