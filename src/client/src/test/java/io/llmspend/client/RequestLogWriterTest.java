package io.llmspend.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The asynchronous writer: daily files gzipped on roll, leftovers, a full queue, shutdown. */
class RequestLogWriterTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  @TempDir Path dir;

  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    final AtomicReference<Instant> now;

    MovableClock(String instant) {
      now = new AtomicReference<>(Instant.parse(instant));
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }

  private static ObjectNode line(int n) {
    return JsonNodeFactory.instance.objectNode().put("n", n);
  }

  static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void rollsAtMidnightInTheZoneAndGzipsTheDayOver() throws Exception {
    // 22:59:59 UTC on 28 March is 23:59:59 CET in Berlin; one second later it is 29 March
    MovableClock clock = new MovableClock("2026-03-28T22:59:59Z");
    try (RequestLogWriter w = RequestLogWriter.start(RequestLogConfig.builder(dir)
        .timeZone(BERLIN).clock(clock).shutdownHook(false).build())) {
      w.record(line(1));
      w.record(line(2));
      assertThat(w.flush(Duration.ofSeconds(10))).isTrue();
      assertThat(Files.readString(dir.resolve("llmspend-2026-03-28.jsonl")))
          .isEqualTo("{\"n\":1}\n{\"n\":2}\n");
      clock.now.set(Instant.parse("2026-03-28T23:00:00Z"));
      w.record(line(3));
      assertThat(w.flush(Duration.ofSeconds(10))).isTrue();
    }
    assertThat(dir.resolve("llmspend-2026-03-28.jsonl")).doesNotExist();
    assertThat(gunzip(dir.resolve("llmspend-2026-03-28.jsonl.gz")))
        .isEqualTo("{\"n\":1}\n{\"n\":2}\n");
    assertThat(Files.readString(dir.resolve("llmspend-2026-03-29.jsonl"))).isEqualTo("{\"n\":3}\n");
  }

  @Test
  void aDayLeftPlainByADeadProcessIsGzippedAtStartAndAPartialLineEnded() throws Exception {
    Files.writeString(dir.resolve("llmspend-2026-11-09.jsonl"), "{\"n\":1}\n");
    Files.writeString(dir.resolve("llmspend-2026-11-10.jsonl"), "{\"n\":2}\n{\"n\":");
    MovableClock clock = new MovableClock("2026-11-10T12:00:00Z");
    try (RequestLogWriter w = RequestLogWriter.start(RequestLogConfig.builder(dir).clock(clock)
        .shutdownHook(false).build())) {
      assertThat(w.metrics().rolled()).isEqualTo(1);
      w.record(line(3));
    }
    assertThat(gunzip(dir.resolve("llmspend-2026-11-09.jsonl.gz"))).isEqualTo("{\"n\":1}\n");
    // the partial line stays (the nightly job quarantines it, visibly); the new one stands alone
    assertThat(Files.readString(dir.resolve("llmspend-2026-11-10.jsonl")))
        .isEqualTo("{\"n\":2}\n{\"n\":\n{\"n\":3}\n");
  }

  /**
   * A line whose serialization waits for a latch: it holds the writer thread (which took it and
   * everything queued with it before it serializes).
   */
  record Blocker(CountDownLatch started, CountDownLatch release) {
    @JsonValue
    int value() throws InterruptedException {
      started.countDown();
      release.await();
      return 0;
    }
  }

  private static void hold(RequestLogWriter w, CountDownLatch release) throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    ObjectNode blocking = JsonNodeFactory.instance.objectNode();
    blocking.putPOJO("b", new Blocker(started, release));
    w.record(blocking);
    started.await(); // the writer thread is serializing the blocker
  }

  @Test
  void aFullQueueDropsAndCountsAndTheMeterShowsIt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (RequestLogWriter w = RequestLogWriter.start(RequestLogConfig.builder(dir)
        .queueCapacity(2).fullPolicy(QueueFullPolicy.DROP).shutdownHook(false).build())) {
      new LlmSpendMeterBinder(null, w).bindTo(registry);
      hold(w, release);
      assertThat(w.record(line(1))).isTrue();
      assertThat(w.record(line(2))).isTrue();
      assertThat(w.record(line(3))).isFalse(); // capacity 2: dropped at once
      assertThat(w.metrics().dropped()).isEqualTo(1);
      assertThat(registry.get("llmspend.requestlog.dropped").functionCounter().count())
          .isEqualTo(1.0);
      assertThat(registry.get("llmspend.requestlog.queue.size").gauge().value()).isEqualTo(2.0);
      release.countDown();
      assertThat(w.flush(Duration.ofSeconds(10))).isTrue();
      assertThat(w.metrics().written()).isEqualTo(3);
      assertThat(registry.get("llmspend.requestlog.written").functionCounter().count())
          .isEqualTo(3.0);
    }
  }

  @Test
  void blockBrieflyWaitsThenDrops() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (RequestLogWriter w = RequestLogWriter.start(RequestLogConfig.builder(dir)
        .queueCapacity(1).blockTimeout(Duration.ofMillis(20)).shutdownHook(false).build())) {
      hold(w, release);
      assertThat(w.record(line(1))).isTrue();
      assertThat(w.record(line(2))).isFalse(); // waited 20 ms for room, none came
      release.countDown();
    }
  }

  @Test
  void closeWritesEveryQueuedLine() throws Exception {
    MovableClock clock = new MovableClock("2026-11-10T12:00:00Z");
    RequestLogWriter w = RequestLogWriter.start(RequestLogConfig.builder(dir).clock(clock)
        .shutdownHook(false).build());
    for (int i = 0; i < 1000; i++) {
      w.record(line(i));
    }
    w.close();
    assertThat(Files.readAllLines(dir.resolve("llmspend-2026-11-10.jsonl"))).hasSize(1000)
        .endsWith("{\"n\":999}");
    assertThat(w.record(line(1000))).isFalse();
    assertThat(w.metrics().dropped()).isEqualTo(1);
  }
}
