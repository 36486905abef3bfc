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
 * Flags of the commands that run the extractor: {@code --http-host}, {@code --http-port},
 * {@code --http-allowed-hosts}, {@code --insecure-no-auth} (the REST API), {@code --alert-rules FILE}
 * and {@code --alert-webhook URL}.
 */
final class ExtractorOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--http-host", paramLabel = "HOST",
            description = "Address of the REST API (default: 127.0.0.1; anything else needs wirewatch.http.token or --insecure-no-auth).")
    String httpHost;

    @Option(names = "--http-allowed-hosts", paramLabel = "NAMES",
            description = "Further Host names the REST API answers to, comma-separated (default: the bound name; loopback names on loopback).")
    String allowedHosts;

    @Option(names = "--insecure-no-auth",
            description = "Allow --http-host beyond loopback without wirewatch.http.token: anyone who reaches it can use the API.")
    boolean insecureNoAuth;

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
        if (allowedHosts != null) {
            settings.put(WirewatchConfig.HTTP_ALLOWED_HOSTS.key(), allowedHosts);
        }
        if (insecureNoAuth) {
            settings.put(WirewatchConfig.HTTP_INSECURE_NO_AUTH.key(), "true");
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
