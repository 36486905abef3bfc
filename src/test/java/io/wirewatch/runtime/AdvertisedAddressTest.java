package io.wirewatch.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wirewatch.web.ApiServer;
import java.util.Map;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

/** What an instance tells the others to call: {@code application.server} when set, else where it listens. */
class AdvertisedAddressTest {
    @Test
    void aConfiguredApplicationServerWinsOverTheBindAddress() throws Exception {
        try (ApiServer api = ApiServer.start("0.0.0.0", 0, "t", new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))) {
            assertThat(Pipeline.advertisedAddress(Map.of("application.server", "extractor:8080"), api))
                    .isEqualTo(new HostInfo("extractor", 8080));
        }
    }

    @Test
    void withoutOneTheBoundAddressIsAdvertised() throws Exception {
        try (ApiServer api = ApiServer.start("127.0.0.1", 0, null, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))) {
            assertThat(Pipeline.advertisedAddress(Map.of(), api)).isEqualTo(new HostInfo("127.0.0.1", api.port()));
        }
    }
}
