package io.wirewatch.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wirewatch.embedded.Ports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registry client's HTTP behaviour (failover, retries, auth, caching) and the serializer's
 * exact bytes, against a small loopback HTTP server that answers like a registry. The real
 * registry is exercised by the integration tests.
 */
class RegistryClientTest {
    private static final Schema SCHEMA = SchemaBuilder.record("Ping").namespace("t").fields()
            .requiredString("text").requiredInt("n").endRecord();
    private HttpServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failuresToServe = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String request = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        requests.add(request);
        authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        exchange.getRequestBody().readAllBytes();
        if (failuresToServe.getAndDecrement() > 0) {
            reply(exchange, 503, "{\"error_code\":50301,\"message\":\"starting\"}");
        } else if (request.matches("POST /subjects/[^/]+/versions")) {
            reply(exchange, 200, "{\"id\":258}");
        } else if (request.equals("GET /schemas/ids/258")) {
            reply(exchange, 200, "{\"schema\":" + quoted(SCHEMA.toString()) + "}");
        } else {
            reply(exchange, 404, "{\"error_code\":40403,\"message\":\"Schema not found\"}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String live() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static String dead() {
        return "http://127.0.0.1:" + Ports.claim("test", 0);
    }

    @Test
    void failsOverToTheNextUrlAndSendsBasicAuth() {
        SchemaRegistryClient client = new SchemaRegistryClient(Map.of(
                RegistryConfig.SCHEMA_REGISTRY_URL_CONFIG, dead() + "," + live() + "/",
                RegistryConfig.BASIC_AUTH_USER_INFO_CONFIG, "user:pass",
                RegistryConfig.RETRY_BACKOFF_MS_CONFIG, "1"));
        assertThat(client.register("news-value", SCHEMA)).isEqualTo(258);
        assertThat(client.register("news-value", SCHEMA)).as("cached").isEqualTo(258);
        assertThat(requests).containsExactly("POST /subjects/news-value/versions");
        assertThat(authorizations).containsExactly("Basic dXNlcjpwYXNz");
    }

    @Test
    void retriesA5xxThenSucceeds() {
        failuresToServe.set(2);
        SchemaRegistryClient client = new SchemaRegistryClient(Map.of(
                RegistryConfig.SCHEMA_REGISTRY_URL_CONFIG, live(), RegistryConfig.RETRY_BACKOFF_MS_CONFIG, "1"));
        assertThat(client.schemaById(258)).isEqualTo(SCHEMA);
        assertThat(requests).hasSize(3);
    }

    @Test
    void anUnreachableRegistryFailsAfterBoundedRetriesNamingEveryUrl() {
        String first = dead();
        String second = dead();
        SchemaRegistryClient client = new SchemaRegistryClient(Map.of(
                RegistryConfig.SCHEMA_REGISTRY_URL_CONFIG, first + "," + second,
                RegistryConfig.RETRIES_CONFIG, "2", RegistryConfig.RETRY_BACKOFF_MS_CONFIG, "1"));
        assertThatThrownBy(() -> client.schemaById(1))
                .isInstanceOf(RegistryUnreachableException.class)
                .hasMessageContaining(first).hasMessageContaining(second)
                .hasMessageContaining("after 6 attempt(s)").hasMessageContaining("schema.registry.url");
    }

    @Test
    void aClientErrorIsFinalAndCarriesTheRegistrysMessage() {
        SchemaRegistryClient client = new SchemaRegistryClient(Map.of(RegistryConfig.SCHEMA_REGISTRY_URL_CONFIG, live()));
        assertThatThrownBy(() -> client.schemaById(9)).isInstanceOf(RegistryException.class)
                .hasMessageContaining("404").hasMessageContaining("Schema not found");
        assertThat(requests).hasSize(1);
    }

    @Test
    void theSerializerWritesMagicByteSchemaIdAndAvroBinaryUnderTheTopicNameSubject() throws IOException {
        GenericRecord ping = new GenericData.Record(SCHEMA);
        ping.put("text", "привет");
        ping.put("n", 3);
        Map<String, Object> config = Map.of(RegistryConfig.SCHEMA_REGISTRY_URL_CONFIG, live());
        byte[] value = AvroSerdes.generic(config, false).serializer().serialize("pings", ping);
        byte[] key = AvroSerdes.generic(config, true).serializer().serialize("pings", ping);

        byte[] avro = avroBinary(ping);
        assertThat(value).startsWith(0, 0, 0, 1, 2).hasSize(5 + avro.length);
        assertThat(ByteBuffer.wrap(value, 5, avro.length)).isEqualTo(ByteBuffer.wrap(avro));
        assertThat(key).isEqualTo(value);
        assertThat(requests).containsExactly("POST /subjects/pings-value/versions", "POST /subjects/pings-key/versions");

        GenericRecord back = AvroSerdes.generic(config, false).deserializer().deserialize("pings", value);
        assertThat(back.get("text").toString()).isEqualTo("привет");
        assertThat(back.get("n")).isEqualTo(3);
    }

    @Test
    void aWrongMagicByteOrATruncatedRecordIsASerializationException() {
        Map<String, Object> config = Map.of(RegistryConfig.SCHEMA_REGISTRY_URL_CONFIG, live());
        var deserializer = AvroSerdes.generic(config, false).deserializer();
        assertThatThrownBy(() -> deserializer.deserialize("pings", new byte[] {1, 0, 0, 1, 2, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("magic byte 0x01");
        assertThatThrownBy(() -> deserializer.deserialize("pings", new byte[] {0, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("too short");
        assertThat(requests).isEmpty();
    }

    private static byte[] avroBinary(GenericRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(SCHEMA).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
