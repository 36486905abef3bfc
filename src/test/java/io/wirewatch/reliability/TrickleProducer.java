package io.wirewatch.reliability;

import io.wirewatch.ingest.RawArticleProducer;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.topology.WirewatchTopics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends articles at a steady rate on its own thread (batches every 100 ms), so the extractor is
 * mid-stream when a test kills or restarts something. Remembers the first send failure.
 */
final class TrickleProducer implements AutoCloseable {
    private final Thread thread;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicReference<String> failure = new AtomicReference<>();

    TrickleProducer(Map<String, Object> client, List<RawArticle> articles, int perSecond) {
        int batch = Math.max(1, perSecond / 10);
        thread = new Thread(() -> {
            try (RawArticleProducer producer = new RawArticleProducer(client, WirewatchTopics.withRegistry(client).raw())) {
                for (int i = 0; i < articles.size(); i += batch) {
                    List<RawArticle> next = articles.subList(i, Math.min(articles.size(), i + batch));
                    for (RawArticleProducer.Outcome outcome : producer.sendAll(next)) {
                        if (outcome.ok()) {
                            sent.incrementAndGet();
                        } else {
                            failure.compareAndSet(null, outcome.articleId() + ": " + outcome.error());
                        }
                    }
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "trickle-producer");
        thread.start();
    }

    int sent() {
        return sent.get();
    }

    String failure() {
        return failure.get();
    }

    void await() throws InterruptedException {
        thread.join();
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(10_000);
    }
}
