package io.wirewatch.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Waits, at most as long as {@code wirewatch.broker.wait.ms} says, for the Kafka cluster to answer,
 * so a wrong address fails fast with one line naming it, instead of every client retrying for a
 * minute in silence.
 */
final class BrokerCheck {
    private BrokerCheck() {
    }

    static void await(Map<String, Object> clientProperties, Duration wait) {
        int millis = (int) Math.min(Integer.MAX_VALUE, wait.toMillis());
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        Admin admin = Admin.create(props);
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(millis)).nodes()
                    .get(millis + 1_000L, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new BrokerUnreachableException(String.valueOf(clientProperties.get("bootstrap.servers")), wait, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        } finally {
            admin.close(Duration.ZERO);
        }
    }

    /** The cluster did not answer in time: where we looked and what to change. */
    static final class BrokerUnreachableException extends IllegalStateException {
        BrokerUnreachableException(String servers, Duration wait, Exception cause) {
            super("cannot reach Kafka at " + servers + " within " + wait.toMillis() / 1000.0 + " s; check"
                    + " bootstrap.servers (--bootstrap-servers) or wait longer with wirewatch.broker.wait.ms", cause);
        }
    }
}
