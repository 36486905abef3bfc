package io.wirewatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Answers for the whole cluster of extractor instances: finds which instance hosts a key (Kafka
 * Streams metadata, each instance advertising its REST address as {@code application.server}) and
 * asks it over HTTP with {@code scope=local}, or asks every instance and lets the caller merge.
 */
public final class ClusterQueries {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaStreams streams;
    private final HostInfo self;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String token;

    /** @param token bearer token to present to other instances, or null */
    public ClusterQueries(KafkaStreams streams, HostInfo self, String token) {
        this.streams = streams;
        this.self = self;
        this.token = token;
    }

    /** The instance hosting {@code key} in {@code store}, or empty when it is this one or unknown. */
    public Optional<HostInfo> remoteOwner(String store, String key) {
        KeyQueryMetadata metadata = streams.queryMetadataForKey(store, key, new StringSerializer());
        if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE) || metadata.activeHost().equals(self)) {
            return Optional.empty();
        }
        return Optional.of(metadata.activeHost());
    }

    /** Every other instance hosting part of {@code store}. */
    public List<HostInfo> otherHosts(String store) {
        List<HostInfo> hosts = new ArrayList<>();
        for (StreamsMetadata metadata : streams.streamsMetadataForStore(store)) {
            if (!metadata.hostInfo().equals(self) && !hosts.contains(metadata.hostInfo())) {
                hosts.add(metadata.hostInfo());
            }
        }
        return hosts;
    }

    /**
     * GET {@code pathAndQuery} (with {@code scope=local} added) from {@code host}.
     *
     * @throws RemoteQueryException when the instance does not answer with JSON
     */
    public Remote get(HostInfo host, String pathAndQuery) throws InterruptedException {
        String separator = pathAndQuery.contains("?") ? "&" : "?";
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery + separator + "scope=local");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Remote(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new RemoteQueryException(host.host() + ":" + host.port() + " did not answer " + pathAndQuery + ": " + e);
        }
    }

    /** An other instance's answer. */
    public record Remote(int status, JsonNode body) {
    }

    /** Another instance could not be asked. */
    public static final class RemoteQueryException extends RuntimeException {
        public RemoteQueryException(String message) {
            super(message);
        }
    }
}
