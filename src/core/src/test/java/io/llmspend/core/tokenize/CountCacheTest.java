package io.llmspend.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.core.json.BadRecordException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The count cache: a text is tokenized once per encoding, across calls and threads. */
class CountCacheTest {

  private static final String BODY =
      "{\"messages\": [{\"role\": \"system\", \"content\": \"Be brief.\"},"
          + " {\"role\": \"user\", \"content\": \"%s\"}]}";

  private final TokenCounter counter = new TokenCounter(TokenizeProperties.defaults());

  @Test
  void tokenizesARepeatedSystemPromptOnce() throws BadRecordException {
    count("gpt-4o", "Hi");
    // first call: "system", "Be brief.", "user", "Hi" are new
    assertThat(counter.cacheMisses()).isEqualTo(4);
    assertThat(counter.cacheHits()).isZero();

    count("gpt-4o", "Thanks");
    // second call: only "Thanks" is new; "system", "Be brief.", "user" come from the cache
    assertThat(counter.cacheMisses()).isEqualTo(5);
    assertThat(counter.cacheHits()).isEqualTo(3);

    count("gpt-4", "Hi");
    // another encoding is another key: 4 more misses
    assertThat(counter.cacheMisses()).isEqualTo(9);
  }

  @Test
  void keepsNothingWhenTheSizeIsZero() {
    TokenCounter uncached = new TokenCounter(new TokenizeProperties(null, 0));
    uncached.countText("gpt-4o", "Be brief.");
    uncached.countText("gpt-4o", "Be brief.");

    assertThat(uncached.cacheMisses()).isEqualTo(2);
    assertThat(uncached.cacheHits()).isZero();
  }

  @Test
  void tokenizesOnceWhenTwoThreadsAskForTheSameText() throws Exception {
    String prompt = "You are a careful assistant. ".repeat(2_000);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> first = pool.submit(() -> countAfter(start, prompt));
      Future<Integer> second = pool.submit(() -> countAfter(start, prompt));
      start.countDown();
      assertThat(first.get())
          .isEqualTo(second.get())
          .isEqualTo(counter.countText("gpt-4o", prompt));
    } finally {
      pool.shutdownNow();
    }
    assertThat(counter.cacheMisses()).isEqualTo(1);
    // 400 calls in the threads + 1 in the assertion = 401 gets, 1 of them the miss
    assertThat(counter.cacheHits()).isEqualTo(400);
  }

  private int countAfter(CountDownLatch start, String text) throws InterruptedException {
    start.await();
    int tokens = 0;
    for (int i = 0; i < 200; i++) {
      tokens = counter.countText("gpt-4o", text);
    }
    return tokens;
  }

  private void count(String model, String user) throws BadRecordException {
    counter.countRequest("openai", model, Goldens.json("inline body", BODY.formatted(user)));
  }
}
