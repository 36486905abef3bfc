package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.schema.RawArticle;
import io.wirewatch.testing.CollectingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryWatcherTest {
    @TempDir
    Path inbox;
    @TempDir
    Path stateDir;
    private final CollectingSink sink = new CollectingSink();
    private final List<String> log = new ArrayList<>();

    private DirectoryWatcher watcher() {
        return new DirectoryWatcher(inbox, SourceStateStore.in(stateDir), sink, Clock.systemUTC(), log::add);
    }

    /** Writes a file that has already settled (its modification time is in the past). */
    private Path settled(String name, String text) throws Exception {
        Path file = Files.writeString(inbox.resolve(name), text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(5)));
        return file;
    }

    @Test
    void newFilesAreSentOnceEvenAcrossRestarts() throws Exception {
        settled("a.txt", "date 2026-02-10\nЗаголовок\n\nТекст первой заметки.\n");
        settled("b.jsonl", "{\"id\":\"j1\",\"body\":\"Первая.\"}\n{\"id\":\"j2\",\"body\":\"Вторая.\"}\n");

        assertThat(watcher().scan()).isEqualTo(3);
        assertThat(watcher().scan()).isZero();
        assertThat(sink.ids()).containsExactly("a", "j1", "j2");
    }

    @Test
    void aFileStillBeingWrittenWaitsUntilItSettles() throws Exception {
        Files.writeString(inbox.resolve("fresh.txt"), "Текст.");
        DirectoryWatcher watcher = watcher();

        assertThat(watcher.scan()).isZero();
        Files.setLastModifiedTime(inbox.resolve("fresh.txt"), FileTime.from(Instant.now().minusSeconds(5)));
        assertThat(watcher.scan()).isEqualTo(1);
    }

    @Test
    void aRewrittenFileSendsOnlyTheArticlesThatChanged() throws Exception {
        settled("b.jsonl", "{\"id\":\"j1\",\"body\":\"Первая.\"}\n{\"id\":\"j2\",\"body\":\"Вторая.\"}\n");
        DirectoryWatcher watcher = watcher();
        watcher.scan();
        Path file = settled("b.jsonl", "{\"id\":\"j1\",\"body\":\"Первая.\"}\n{\"id\":\"j2\",\"body\":\"Вторая, исправленная.\"}\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(2)));

        assertThat(watcher.scan()).isEqualTo(1);
        assertThat(sink.received()).extracting(RawArticle::getBody).containsExactly("Первая.", "Вторая.", "Вторая, исправленная.");
    }

    @Test
    void runningItPicksUpAFileDroppedLater() throws Exception {
        DirectoryWatcher watcher = watcher();
        Thread running = new Thread(() -> {
            try {
                watcher.run();
            } catch (Exception stopped) {
                // interrupted at the end of the test
            }
        });
        running.start();
        try {
            Files.writeString(inbox.resolve("later.txt"), "Песков заявил о контактах.");
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (sink.received().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            running.interrupt();
            running.join(5_000);
        }
        assertThat(sink.ids()).containsExactly("later");
    }

    @Test
    void aBadFileIsReportedAndTheOthersStillGo() throws Exception {
        Path bad = inbox.resolve("bad.txt");
        Files.write(bad, new byte[] {'H', 'i', ' ', (byte) 0xC3, (byte) 0x28});
        Files.setLastModifiedTime(bad, FileTime.from(Instant.now().minusSeconds(5)));
        settled("good.txt", "Хороший текст.");

        assertThat(watcher().scan()).isEqualTo(1);
        assertThat(log).anyMatch(l -> l.contains("bad.txt") && l.contains("invalid UTF-8"));
    }
}
