package io.wirewatch.cli;

import io.wirewatch.config.WirewatchConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Flags of the commands that run the extractor: {@code --http-host}, {@code --http-port} (the
 * REST API), {@code --alert-rules FILE} and {@code --alert-webhook URL}.
 */
final class ExtractorOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--http-host", paramLabel = "HOST",
            description = "Address of the REST API (default: 127.0.0.1; anything else wants wirewatch.http.token).")
    String httpHost;

    @Option(names = PortFlags.HTTP, paramLabel = "PORT", description = "Port of the REST API (default: 8080; 0: any free port).")
    Integer httpPort;

    @Option(names = "--alert-rules", paramLabel = "FILE",
            description = "YAML alert rules (default: the bundled rules; format in the README).")
    Path rules;

    @Option(names = "--alert-webhook", paramLabel = "URL",
            description = "POST each alert as JSON to this URL (retried with backoff, off the stream threads).")
    String webhook;

    /** The settings these flags give, as configuration keys. */
    Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        if (httpHost != null) {
            settings.put(WirewatchConfig.HTTP_HOST.key(), httpHost);
        }
        if (httpPort != null) {
            settings.put(WirewatchConfig.HTTP_PORT.key(), Integer.toString(httpPort));
        }
        if (rules != null) {
            if (!Files.isReadable(rules)) {
                throw new ParameterException(spec.commandLine(), "--alert-rules " + rules + ": no such readable file");
            }
            settings.put(WirewatchConfig.ALERT_RULES.key(), rules.toString());
        }
        if (webhook != null) {
            if (!webhook.startsWith("http://") && !webhook.startsWith("https://")) {
                throw new ParameterException(spec.commandLine(), "--alert-webhook " + webhook + ": not an http(s) URL");
            }
            settings.put(WirewatchConfig.ALERT_WEBHOOK.key(), webhook);
        }
        return settings;
    }
}
