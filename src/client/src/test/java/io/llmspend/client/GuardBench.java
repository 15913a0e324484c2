package io.llmspend.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.llmspend.core.budget.Enforcement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The guard benchmark of docs/benchmarks.md, run by {@code bench/guard.sh} (not a test): per
 * thread count, reservations per second and the latency the guard adds to a call (reserve, and
 * reserve + settle) against the local Redis; then the same at a steady 1,000 calls/s; then what
 * recording a call costs on the calling thread. Keys under a prefix of its own, deleted at the end.
 *
 * <p>Arguments: Redis URI, calls per run, thread counts (comma-separated).
 */
public final class GuardBench {
  private GuardBench() {}

  public static void main(String[] args) throws Exception {
    String uri = args.length > 0 ? args[0] : "redis://127.0.0.1:6379";
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int[] threads = Arrays.stream((args.length > 2 ? args[2] : "1,16,64").split(","))
        .mapToInt(Integer::parseInt).toArray();
    String prefix = "llmspend-bench-" + Long.toHexString(System.nanoTime());
    GuardConfig config = GuardConfig.builder().redisUri(uri).keyPrefix(prefix)
        .redisTimeout(java.time.Duration.ofSeconds(5))
        .budgets(List.of(Requests.globalDaily("1000000", Enforcement.HARD))).build();
    try (BudgetGuard guard = BudgetGuard.create(config)) {
      run(guard, 1, 2_000, false, 0); // warm-up: JIT, tokenizer, connection
      for (int t : threads) {
        print("reserve only", t, run(guard, t, calls, false, 0));
        print("reserve + settle", t, run(guard, t, calls, true, 0));
      }
      print("reserve + settle at 1,000 calls/s", 4, run(guard, 4, 10_000, true, 1_000));
      try (BudgetGuard local = BudgetGuard.create(GuardConfig.builder().keyPrefix(prefix)
          .build())) { // no budget: count and price only, no Redis
        run(local, 1, 2_000, true, 0);
        print("count + price, no Redis (the CPU part)", 1, run(local, 1, calls, true, 0));
      }
      recordCost();
    } finally {
      clean(uri, prefix);
    }
  }

  record Result(double perSecond, long[] nanos) {
    long percentile(double p) {
      return nanos[Math.min(nanos.length - 1, (int) Math.ceil(p * nanos.length) - 1)];
    }
  }

  /** @param rate calls per second in all, or 0 for as fast as possible */
  static Result run(BudgetGuard guard, int threads, int calls, boolean settle, int rate)
      throws Exception {
    long[] nanos = new long[calls];
    AtomicInteger next = new AtomicInteger();
    JsonNode usage = Requests.openAiUsage(8, 40);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    long interval = rate == 0 ? 0 : 1_000_000_000L / rate;
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
          if (interval > 0) {
            LockSupport.parkNanos(start + i * interval - System.nanoTime());
          }
          long t0 = System.nanoTime();
          Reservation r = guard.reserve(CallInfo.of("openai", "gpt-4o-mini"), Requests.HELLO);
          if (settle) {
            r.settle(usage);
          }
          nanos[i] = System.nanoTime() - t0;
        }
        return null;
      }));
    }
    for (Future<?> w : workers) {
      w.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.SECONDS);
    Arrays.sort(nanos);
    return new Result(calls / seconds, nanos);
  }

  /** Building a call's request-log line and queueing it, on the calling thread. */
  static void recordCost() throws Exception {
    Path dir = Files.createTempDirectory("llmspend-bench");
    int n = 100_000;
    long[] nanos = new long[n];
    try (BudgetGuard guard = BudgetGuard.create(GuardConfig.builder().keyPrefix("unused").build());
        RequestLogWriter writer = RequestLogWriter.start(RequestLogConfig.builder(dir)
            .queueCapacity(200_000).shutdownHook(false).build())) {
      Reservation r = guard.reserve(CallInfo.of("openai", "gpt-4o-mini")
          .withFunction("support-chat").withTeam("support"), Requests.HELLO);
      JsonNode holder = RequestLine.usageHolder(Requests.openAiUsage(8, 40));
      for (int i = 0; i < n; i++) {
        long t0 = System.nanoTime();
        writer.record(RequestLine.of(r, Requests.HELLO, "chatcmpl-" + i, holder, null, 200,
            812, null));
        nanos[i] = System.nanoTime() - t0;
      }
      writer.flush(java.time.Duration.ofMinutes(1));
      Arrays.sort(nanos);
      Result res = new Result(0, nanos);
      System.out.printf("record a call on the calling thread: p50 %.1f us, p99 %.1f us,"
          + " p99.9 %.1f us (%d lines written, %d dropped)%n", res.percentile(0.5) / 1e3,
          res.percentile(0.99) / 1e3, res.percentile(0.999) / 1e3, writer.metrics().written(),
          writer.metrics().dropped());
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }

  static void print(String what, int threads, Result r) {
    System.out.printf("%-36s %3d threads: %8.0f calls/s, added latency p50 %.3f ms,"
        + " p99 %.3f ms%n", what, threads, r.perSecond, r.percentile(0.5) / 1e6,
        r.percentile(0.99) / 1e6);
  }

  static void clean(String uri, String prefix) {
    RedisClient client = RedisClient.create(uri);
    try (StatefulRedisConnection<String, String> c = client.connect()) {
      List<String> keys = c.sync().keys("{" + prefix + "}*");
      if (!keys.isEmpty()) {
        c.sync().del(keys.toArray(String[]::new));
      }
    } finally {
      client.shutdown();
    }
  }
}
