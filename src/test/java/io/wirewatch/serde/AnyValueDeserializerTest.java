package io.wirewatch.serde;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.wirewatch.config.WirewatchConfig;
import io.wirewatch.embedded.EmbeddedRegistry;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@code tail} shows when the registry cannot resolve a value's schema id: the bytes, and a warning once per id. */
class AnyValueDeserializerTest {
    private HttpServer registry;
    private final List<String> warnings = new ArrayList<>();
    private AnyValueDeserializer values;

    @BeforeEach
    void aRegistryThatKnowsNoSchema() throws Exception {
        registry = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        registry.createContext("/", exchange -> {
            byte[] body = "{\"error_code\":40403,\"message\":\"Schema not found\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        registry.start();
        values = new AnyValueDeserializer(warnings::add);
        values.configure(Map.of("schema.registry.url", "http://127.0.0.1:" + registry.getAddress().getPort()), false);
    }

    @AfterEach
    void stop() {
        registry.stop(0);
    }

    @Test
    void anUnresolvableSchemaIdIsWarnedOnceAndTheBytesStillShown() {
        byte[] record = WireFormat.frame(7, new byte[] {(byte) 0xff, 0x01});
        assertThat(values.deserialize("news.statement.v1", record)).asString().startsWith("base64:");
        values.deserialize("news.statement.v1", record);
        values.deserialize("news.statement.v1", WireFormat.frame(8, new byte[] {(byte) 0xff}));

        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).contains("news.statement.v1").contains("schema id 7")
                .contains("registry does not know").contains("http://127.0.0.1:" + registry.getAddress().getPort())
                .contains("--schema-registry-url");
        assertThat(warnings.get(1)).contains("schema id 8");
    }

    @Test
    void textThatIsNotFramedIsShownWithoutWarning() {
        assertThat(values.deserialize("wirewatch.dlq.v1", "plain".getBytes(StandardCharsets.UTF_8))).isEqualTo("plain");
        assertThat(warnings).isEmpty();
    }

    @Test
    void theDefaultRegistryUrlIsTheEmbeddedRegistrysApi() {
        assertThat(WirewatchConfig.defaults().get(WirewatchConfig.SCHEMA_REGISTRY_URL)).isEqualTo(EmbeddedRegistry.url(8081));
    }
}
