package io.wirewatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.schema.ContactStatus;
import io.wirewatch.schema.ContactType;
import io.wirewatch.schema.EntityType;
import io.wirewatch.schema.Severity;
import io.wirewatch.serde.AvroJson;
import io.wirewatch.topology.StoreNames;
import io.wirewatch.topology.aggregates.EntityTally;
import io.wirewatch.topology.contacts.ContactStateOrder;
import io.wirewatch.topology.contacts.DyadStatus;
import io.wirewatch.topology.statements.SpeakerHistory;
import io.wirewatch.web.ClusterQueries.Remote;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The queries over the extractor's stores, answered for the whole cluster: a keyed query goes to
 * the instance hosting the key; a listing asks every instance ({@code scope=local}) and merges.
 * Results are plain JSON trees: {@code /api/dyads} (pairs whose state is newest first, by
 * {@link ContactStateOrder}), {@code /api/dyads/{pair}}, {@code /api/dyads/{pair}/timeline}, {@code /api/events},
 * {@code /api/entities/top}, {@code /api/statements}, {@code /api/articles/{id}}, {@code /api/alerts}.
 */
public final class QueryApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Reads another instance's dyad states, which a newer version may have given more fields. */
    private static final ObjectMapper STATE_JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final LocalStores local;
    private final ClusterQueries cluster;
    private final Clock clock;

    public QueryApi(LocalStores local, ClusterQueries cluster, Clock clock) {
        this.local = local;
        this.cluster = cluster;
        this.clock = clock;
    }

    /** {@code GET /api/dyads?country=RUS&status=RESUMED&limit=&offset=}: every country pair's status. */
    public ObjectNode dyads(QueryParams params) throws InterruptedException {
        params.allowOnly("country", "status");
        String status = name(params.enumValue("status", ContactStatus.class));
        List<JsonNode> all = new ArrayList<>();
        local.dyads().forEach(d -> all.add(JSON.valueToTree(d)));
        List<String> incomplete = params.localOnly() ? List.of()
                : gather(StoreNames.DYAD_STATUS, "/api/dyads", "dyads", all);
        String country = upper(params.get("country"));
        List<JsonNode> matching = all.stream()
                .filter(d -> country == null || Arrays.asList(d.path("dyad").asText().split("\\|")).contains(country))
                .filter(d -> status == null || status.equals(d.path("status").asText()))
                .sorted(Comparator.comparing((JsonNode d) -> status(d).latest(), ContactStateOrder.OLDER_FIRST).reversed()
                        .thenComparing(d -> d.path("dyad").asText()))
                .toList();
        return page(params, "dyads", matching, incomplete, params.localOnly() ? 0 : 100_000);
    }

    private static DyadStatus status(JsonNode node) {
        return STATE_JSON.convertValue(node, DyadStatus.class);
    }

    /**
     * {@code GET /api/dyads/{pair}/timeline}: the pair's events, older states first by the rule
     * that makes the last one its status ({@link DyadTimeline}), or empty.
     */
    public Optional<JsonNode> timeline(String pair, QueryParams params) throws InterruptedException {
        return dyad(pair, params).map(node -> DyadTimeline.of(status(node)));
    }

    /** {@code GET /api/dyads/{pair}} ({@code FRA|RUS}, {@code RUS-FRA}...): one pair, or empty. */
    public Optional<JsonNode> dyad(String pair, QueryParams params) throws InterruptedException {
        String key = Arrays.stream(pair.toUpperCase(Locale.ROOT).split("[|,\\-/ ]+"))
                .filter(s -> !s.isBlank()).sorted().distinct().collect(Collectors.joining("|"));
        return routed(params, StoreNames.DYAD_STATUS, key, "/api/dyads/" + encoded(key),
                () -> Optional.ofNullable(local.dyad(key)).map(JSON::valueToTree));
    }

    /** {@code GET /api/entities/top?window=hour|day&type=PERSON&limit=20}: the most mentioned entities. */
    public ObjectNode topEntities(QueryParams params) throws InterruptedException {
        params.allowOnly("window", "type");
        String window = Optional.ofNullable(params.oneOf("window", List.of("hour", "day"))).orElse("day");
        String type = name(params.enumValue("type", EntityType.class));
        String store;
        Duration span;
        switch (window) {
            case "hour" -> {
                store = StoreNames.ENTITY_MENTIONS_HOURLY;
                span = Duration.ofHours(1);
            }
            case "day" -> {
                store = StoreNames.ENTITY_MENTIONS_DAILY;
                span = Duration.ofDays(1);
            }
            default -> throw new QueryParams.BadRequestException("'window' is hour or day, not '" + window + "'");
        }
        Instant to = clock.instant();
        Instant from = to.minus(span);
        Map<String, EntityTally> sums = new HashMap<>(local.entityTallies(store, from, to));
        List<String> incomplete = new ArrayList<>();
        if (!params.localOnly()) {
            List<JsonNode> remote = new ArrayList<>();
            incomplete = gather(store, "/api/entities/top?window=" + window + "&limit=100000", "entities", remote);
            for (JsonNode node : remote) {
                EntityTally tally = JSON.convertValue(node, EntityTally.class);
                sums.merge(tally.id(), tally, EntityTally::plus);
            }
        }
        List<JsonNode> ranked = sums.values().stream()
                .filter(t -> type == null || type.equals(t.type()))
                .sorted(Comparator.comparingLong(EntityTally::mentions).reversed().thenComparing(EntityTally::id))
                .map(t -> (JsonNode) JSON.valueToTree(t)).toList();
        ObjectNode answer = page(params, "entities", ranked, incomplete, 100_000);
        answer.put("window", window).put("from", from.toString()).put("to", to.toString());
        return answer;
    }

    /** {@code GET /api/statements?speaker=ID&limit=50}: latest statements, of one speaker or of all. */
    public ObjectNode statements(QueryParams params) throws InterruptedException {
        params.allowOnly("speaker");
        String speaker = params.get("speaker");
        List<JsonNode> all = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        if (speaker != null && !params.localOnly()) {
            Optional<HostInfo> owner = cluster.remoteOwner(StoreNames.SPEAKER_STATEMENTS, speaker);
            if (owner.isPresent()) {
                return (ObjectNode) cluster.get(owner.get(), "/api/statements?speaker=" + encoded(speaker)
                        + "&limit=" + params.intValue("limit", 50, 1, 1000)).body();
            }
        }
        List<SpeakerHistory> histories = speaker == null ? local.speakers()
                : Optional.ofNullable(local.speaker(speaker)).map(List::of).orElse(List.of());
        for (SpeakerHistory history : histories) {
            for (SpeakerHistory.Said said : history.latest()) {
                ObjectNode node = JSON.valueToTree(said);
                node.put("speakerId", history.speakerId()).put("speaker", history.name()).put("role", history.role());
                all.add(node);
            }
        }
        if (speaker == null && !params.localOnly()) {
            incomplete = gather(StoreNames.SPEAKER_STATEMENTS, "/api/statements?limit=1000", "statements", all);
        }
        all.sort(Comparator.comparingLong((JsonNode n) -> n.path("at").asLong()).reversed());
        return page(params, "statements", all, incomplete, 1000);
    }

    /**
     * {@code GET /api/events?country=FRA&status=RESUMED&type=MEET&person=Q...&since=2026-02-01&limit=&offset=}:
     * contact events, newest report first.
     */
    public ObjectNode events(QueryParams params) throws InterruptedException {
        params.allowOnly("country", "status", "type", "person", "since");
        String status = name(params.enumValue("status", ContactStatus.class));
        String type = name(params.enumValue("type", ContactType.class));
        String since = Optional.ofNullable(params.date("since")).map(Object::toString).orElse(null);
        List<JsonNode> all = new ArrayList<>();
        local.events().forEach(e -> all.add(AvroJson.toJson(e)));
        List<String> incomplete = params.localOnly() ? List.of()
                : gather(StoreNames.OPEN_CONTACT_EVENTS, "/api/events?limit=1000", "events", all);
        String country = upper(params.get("country"));
        String person = params.get("person");
        List<JsonNode> matching = all.stream()
                .filter(e -> country == null || hasActor(e, a -> country.equals(a.path("code").asText())))
                .filter(e -> status == null || status.equals(e.path("status").asText()))
                .filter(e -> type == null || type.equals(e.path("type").asText()))
                .filter(e -> person == null || hasActor(e, a -> person.equals(a.path("entity").path("id").asText())
                        || a.path("entity").path("name").asText().toLowerCase(Locale.ROOT).contains(person.toLowerCase(Locale.ROOT))))
                .filter(e -> since == null || e.path("reportDate").asText().compareTo(since) >= 0)
                .sorted(Comparator.comparing((JsonNode e) -> e.path("reportDate").asText())
                        .thenComparingInt(e -> e.path("revision").asInt()).reversed())
                .toList();
        return page(params, "events", matching, incomplete, 1000);
    }

    /** {@code GET /api/articles/{id}}: the article as analyzed with its statements and events, or empty. */
    public Optional<JsonNode> article(String id, QueryParams params) throws InterruptedException {
        return routed(params, StoreNames.ARTICLE_VIEWS, id, "/api/articles/" + encoded(id),
                () -> Optional.ofNullable(local.article(id)).map(AvroJson::toJson));
    }

    /** {@code GET /api/alerts?severity=WARNING&rule=ID&limit=}: fired alerts, newest first. */
    public ObjectNode alerts(QueryParams params) throws InterruptedException {
        params.allowOnly("severity", "rule");
        String severity = name(params.enumValue("severity", Severity.class));
        List<JsonNode> all = new ArrayList<>();
        local.alerts().forEach(a -> all.add(AvroJson.toJson(a)));
        List<String> incomplete = params.localOnly() ? List.of()
                : gather(StoreNames.RECENT_ALERTS, "/api/alerts?limit=1000", "alerts", all);
        String rule = params.get("rule");
        List<JsonNode> matching = all.stream()
                .filter(a -> severity == null || severity.equals(a.path("severity").asText()))
                .filter(a -> rule == null || rule.equals(a.path("ruleId").asText()))
                .sorted(Comparator.comparing((JsonNode a) -> a.path("firedAt").asText()).reversed())
                .toList();
        return page(params, "alerts", matching, incomplete, 1000);
    }

    private static boolean hasActor(JsonNode event, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode actor : event.path("actors")) {
            if (test.test(actor)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A keyed lookup answered where the key lives: from the instance hosting {@code key} in
     * {@code store} (its answer to {@code path}), or from {@code here} when that is this one.
     */
    private Optional<JsonNode> routed(QueryParams params, String store, String key, String path,
            java.util.function.Supplier<Optional<JsonNode>> here) throws InterruptedException {
        if (!params.localOnly()) {
            Optional<HostInfo> owner = cluster.remoteOwner(store, key);
            if (owner.isPresent()) {
                Remote remote = cluster.get(owner.get(), path);
                return remote.status() == 200 ? Optional.of(remote.body()) : Optional.empty();
            }
        }
        return here.get();
    }

    private static String encoded(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Asks every other instance for {@code path} and adds the items of {@code field}; returns who failed. */
    private List<String> gather(String store, String path, String field, List<JsonNode> into) throws InterruptedException {
        List<String> failed = new ArrayList<>();
        for (HostInfo host : cluster.otherHosts(store)) {
            try {
                Remote remote = cluster.get(host, path);
                if (remote.status() == 200) {
                    remote.body().path(field).forEach(into::add);
                } else {
                    failed.add(host.host() + ":" + host.port());
                }
            } catch (ClusterQueries.RemoteQueryException e) {
                failed.add(host.host() + ":" + host.port());
            }
        }
        return failed;
    }

    private static ObjectNode page(QueryParams params, String field, List<JsonNode> items, List<String> incomplete,
            int maxLimit) {
        int limit = params.intValue("limit", 50, 1, Math.max(maxLimit, 1000));
        int offset = params.intValue("offset", 0, 0, Integer.MAX_VALUE);
        ObjectNode answer = JSON.createObjectNode();
        answer.put("total", items.size()).put("offset", offset).put("limit", limit);
        ArrayNode array = answer.putArray(field);
        items.stream().skip(offset).limit(limit).forEach(array::add);
        if (!incomplete.isEmpty()) {
            ArrayNode missing = answer.putArray("unreachableInstances");
            incomplete.forEach(missing::add);
        }
        return answer;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
