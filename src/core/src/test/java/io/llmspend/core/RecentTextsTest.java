package io.llmspend.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentTextsTest {

  @Test
  void remembersATextUpToTheLongestButNotBeyond() {
    RecentTexts<Integer> recent = new RecentTexts<>(4);
    AtomicInteger made = new AtomicInteger();
    String longest = "a".repeat(RecentTexts.LONGEST);
    String tooLong = "a".repeat(RecentTexts.LONGEST + 1);
    // 65,536 characters: made once, then found (in another String object)
    recent.get(longest, t -> made.incrementAndGet());
    recent.get(new StringBuilder(longest).toString(), t -> made.incrementAndGet());
    assertThat(made).hasValue(1);
    // 65,537 characters: made each time, never held
    recent.get(tooLong, t -> made.incrementAndGet());
    recent.get(tooLong, t -> made.incrementAndGet());
    assertThat(made).hasValue(3);
  }
}
