package io.wirewatch.alert;

import io.wirewatch.schema.Severity;
import io.wirewatch.alert.AlertRule.Type;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The alert rules, read from YAML (format in {@code config/alert-rules.yaml} and the README):
 * <pre>
 * rules:
 *   - id: france-russia-contact        # unique; names the rule in every alert
 *     type: new-contact-event          # new-contact-event | status-change | first-statement | statement-mentions
 *     severity: WARNING                # INFO | WARNING | CRITICAL (default INFO)
 *     actors: [FRA, RUS]               # all must be parties
 *     statuses: [RESUMED, CONFIRMED]   # optional
 * </pre>
 * Every mistake (unknown type, field or status, a missing id, a duplicate id) is an
 * {@link AlertRulesException} naming the rule; nothing is guessed.
 */
public final class AlertRules {
    /** The rules shipped with Wirewatch, used when no file is given. */
    public static final String BUNDLED = "/alerts/default-rules.yaml";
    private static final Set<String> FIELDS = Set.of("id", "type", "severity", "description", "actors", "statuses",
            "to", "speakers", "entities", "within_hours");
    private static final Set<String> STATUSES = Set.of("RESUMED", "CONFIRMED", "PLANNED", "PROPOSED", "POSSIBLE",
            "DENIED", "SUSPENDED", "NONE");

    private final List<AlertRule> rules;

    private AlertRules(List<AlertRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static AlertRules none() {
        return new AlertRules(List.of());
    }

    public static AlertRules load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AlertRulesException("cannot read alert rules " + file + ": " + e.getMessage());
        }
    }

    public static AlertRules bundled() {
        try (InputStream in = AlertRules.class.getResourceAsStream(BUNDLED)) {
            return parse(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the bundled alert rules " + BUNDLED + " are missing", e);
        }
    }

    public static AlertRules parse(String source, String yaml) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new AlertRulesException(source + ": not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            return none();
        }
        if (!(root instanceof Map<?, ?> top) || !(top.get("rules") instanceof List<?> items)) {
            throw new AlertRulesException(source + ": expected a top-level 'rules:' list");
        }
        List<AlertRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String where = source + ": rule " + (i + 1);
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                throw new AlertRulesException(where + ": expected a mapping of fields");
            }
            AlertRule rule = rule(where, item);
            if (!ids.add(rule.id())) {
                throw new AlertRulesException(where + ": duplicate id '" + rule.id() + "'");
            }
            rules.add(rule);
        }
        return new AlertRules(rules);
    }

    private static AlertRule rule(String where, Map<?, ?> item) {
        for (Object key : item.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                throw new AlertRulesException(where + ": unknown field '" + key + "' (known: " + new java.util.TreeSet<>(FIELDS) + ")");
            }
        }
        String id = text(item, "id");
        if (id == null || id.isBlank()) {
            throw new AlertRulesException(where + ": 'id' is required");
        }
        where = where + " (" + id + ")";
        Type type = type(where, text(item, "type"));
        Severity severity = severity(where, text(item, "severity"));
        Set<String> statuses = upper(list(where, item, type == Type.STATUS_CHANGE ? "to" : "statuses"));
        for (String status : statuses) {
            if (!STATUSES.contains(status)) {
                throw new AlertRulesException(where + ": unknown status '" + status + "' (known: " + new java.util.TreeSet<>(STATUSES) + ")");
            }
        }
        Set<String> speakers = list(where, item, "speakers");
        Set<String> entities = list(where, item, "entities");
        if (type == Type.FIRST_STATEMENT && speakers.isEmpty()) {
            throw new AlertRulesException(where + ": a first-statement rule needs 'speakers'");
        }
        if (type == Type.STATEMENT_MENTIONS && entities.isEmpty()) {
            throw new AlertRulesException(where + ": a statement-mentions rule needs 'entities'");
        }
        int withinHours = 24;
        if (item.get("within_hours") != null) {
            if (!(item.get("within_hours") instanceof Integer hours) || hours <= 0) {
                throw new AlertRulesException(where + ": 'within_hours' must be a positive whole number");
            }
            withinHours = hours;
        }
        return new AlertRule(id, type, severity, text(item, "description"), upper(list(where, item, "actors")),
                statuses, speakers, entities, withinHours);
    }

    private static Type type(String where, String name) {
        for (Type type : Type.values()) {
            if (type.yamlName().equals(name)) {
                return type;
            }
        }
        throw new AlertRulesException(where + ": 'type' must be one of "
                + Arrays.stream(Type.values()).map(Type::yamlName).collect(Collectors.joining(", ")) + ", not '" + name + "'");
    }

    private static Severity severity(String where, String name) {
        if (name == null) {
            return Severity.INFO;
        }
        try {
            return Severity.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AlertRulesException(where + ": 'severity' must be INFO, WARNING or CRITICAL, not '" + name + "'");
        }
    }

    private static String text(Map<?, ?> item, String field) {
        Object value = item.get(field);
        return value == null ? null : String.valueOf(value);
    }

    private static Set<String> list(String where, Map<?, ?> item, String field) {
        Object value = item.get(field);
        if (value == null) {
            return Set.of();
        }
        if (!(value instanceof List<?> values)) {
            throw new AlertRulesException(where + ": '" + field + "' must be a list, e.g. [RUS, FRA]");
        }
        Set<String> out = new LinkedHashSet<>();
        values.forEach(v -> out.add(String.valueOf(v)));
        return out;
    }

    private static Set<String> upper(Set<String> values) {
        Set<String> out = new LinkedHashSet<>();
        values.forEach(v -> out.add(v.toUpperCase(Locale.ROOT)));
        return out;
    }

    public List<AlertRule> all() {
        return rules;
    }

    public List<AlertRule> ofType(Type type) {
        return rules.stream().filter(r -> r.type() == type).toList();
    }
}
