package io.llmspend.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Runs {@code calls} calls on {@code threads} threads while a monitor samples a figure as often as
 * it can, keeping its maximum ("at any moment" as far as sampling sees).
 */
final class Load {
  interface Call {
    void run(int index) throws Exception;
  }

  private Load() {}

  /** @return the largest sample of {@code monitor} during the run */
  static long run(int threads, int calls, Call call, LongSupplier monitor) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicLong max = new AtomicLong(Long.MIN_VALUE);
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
            call.run(i);
          }
          return null;
        }));
      }
      Future<?> sampler = pool.submit(() -> {
        while (workers.stream().anyMatch(w -> !w.isDone())) {
          max.accumulateAndGet(monitor.getAsLong(), Math::max);
        }
      });
      for (Future<?> w : workers) {
        w.get();
      }
      sampler.get();
      max.accumulateAndGet(monitor.getAsLong(), Math::max);
      return max.get();
    } finally {
      pool.shutdownNow();
    }
  }
}
