package io.llmspend.sample;

import io.llmspend.sample.FunctionSpec.LogSource;
import io.llmspend.sample.PlannedCall.Plant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Plants the per-call anomalies, at most one per call: lost usage, missing bodies, HTTP errors,
 * long-context calls and app-plus-gateway duplicates. Rates are constants here so a later issue
 * can add kinds in one place. Stateless.
 */
final class Anomalies {
  static final double USAGE_ONLY_SHARE = 0.7;
  static final double RECOUNT_ONLY_RATE = 0.02;
  static final double HTTP_429_RATE = 0.01;
  static final double HTTP_500_RATE = 0.003;
  static final int CALLS_PER_LONG_CONTEXT = 5_000;
  static final int CALLS_PER_DUPLICATE = 2_000;

  private Anomalies() {}

  /** The same calls, some with a plant; order unchanged. */
  static List<PlannedCall> plant(List<PlannedCall> calls, Random random) {
    List<PlannedCall> out = new ArrayList<>(calls.size());
    for (PlannedCall call : calls) {
      out.add(call.plant() == Plant.NONE ? call.withPlant(draw(call, random)) : call);
    }
    int longContext = Math.max(3, calls.size() / CALLS_PER_LONG_CONTEXT);
    fixed(out, c -> "gemini-2.5-pro".equals(c.spec().model()), Plant.LONG_CONTEXT, longContext,
        random);
    int duplicates = Math.max(2, calls.size() / CALLS_PER_DUPLICATE);
    fixed(out, c -> c.spec().source() == LogSource.GATEWAY, Plant.DUPLICATE, duplicates, random);
    return out;
  }

  private static Plant draw(PlannedCall call, Random random) {
    double x = random.nextDouble();
    if ("ticket-summary".equals(call.spec().name())) {
      return x < USAGE_ONLY_SHARE ? Plant.USAGE_ONLY : Plant.NONE;
    }
    if (call.spec().source() == LogSource.GATEWAY && x < RECOUNT_ONLY_RATE) {
      return Plant.RECOUNT_ONLY;
    }
    double y = random.nextDouble();
    if (!call.batch() && y < HTTP_429_RATE) {
      return Plant.HTTP_429;
    }
    return !call.batch() && y < HTTP_429_RATE + HTTP_500_RATE ? Plant.HTTP_500 : Plant.NONE;
  }

  private static void fixed(List<PlannedCall> calls, Predicate<PlannedCall> eligible, Plant plant,
      int wanted, Random random) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      PlannedCall c = calls.get(i);
      if (c.plant() == Plant.NONE && c.session() < 0 && eligible.test(c)) {
        candidates.add(i);
      }
    }
    Collections.shuffle(candidates, random);
    for (int i : candidates.subList(0, Math.min(wanted, candidates.size()))) {
      calls.set(i, calls.get(i).withPlant(plant));
    }
  }
}
