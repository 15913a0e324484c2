package io.llmspend.client;

import java.util.concurrent.ThreadLocalRandom;

/** Reservation ids: 128 random bits in hex, without the contention of {@code UUID}'s generator. */
final class Ids {
  private Ids() {}

  static String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return String.format("%016x%016x", random.nextLong(), random.nextLong());
  }
}
