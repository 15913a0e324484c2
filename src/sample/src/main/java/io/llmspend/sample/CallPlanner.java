package io.llmspend.sample;

import io.llmspend.sample.FunctionSpec.Arrival;
import io.llmspend.sample.FunctionSpec.Conversation;
import io.llmspend.sample.PlannedCall.Plant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Decides every call: function, time, user and messages. Multi-turn functions walk one OASST
 * root-to-leaf path per session, one call per user turn, so history grows turn by turn. Some
 * single-turn calls are sent again by the same user within two minutes ({@link Plant#REPEAT}).
 * Not thread-safe; one planner per generation.
 */
final class CallPlanner {
  static final double REPEAT_RATE = 0.02;

  private final SeedLibrary seeds;
  private final UserMessages userMessages;
  private final ArrivalClock clock;
  private final Random random;
  private final List<PlannedCall> calls = new ArrayList<>();

  CallPlanner(SeedLibrary seeds, ArrivalClock clock, Random random) {
    this.seeds = seeds;
    this.userMessages = new UserMessages(seeds);
    this.clock = clock;
    this.random = random;
  }

  /** Exactly {@code count} calls, sorted by time (planning order breaks ties). */
  List<PlannedCall> plan(int count) {
    double total = Company.FUNCTIONS.stream().mapToDouble(FunctionSpec::share).sum();
    while (calls.size() < count) {
      FunctionSpec spec = pick(total);
      if (spec.conversation() == Conversation.MULTI_TURN) {
        session(spec, count);
      } else {
        single(spec, count);
      }
    }
    calls.sort(Comparator.comparing(PlannedCall::at).thenComparingInt(PlannedCall::index));
    return List.copyOf(calls);
  }

  private void session(FunctionSpec spec, int count) {
    List<Turn> thread = seeds.threads.get(random.nextInt(seeds.threads.size()));
    String user = user(spec, false);
    Instant at = clock.draw(spec.arrival(), random);
    long session = calls.size();
    for (int end = 1; end <= thread.size() && calls.size() < count; end += 2) {
      if (!at.isBefore(clock.end())) {
        return;
      }
      add(spec, at, user, thread.subList(0, end), session, false, Plant.NONE);
      at = at.plusMillis(20_000 + random.nextInt(220_000));
    }
  }

  private void single(FunctionSpec spec, int count) {
    List<Turn> messages = userMessages.single(spec.conversation(), random);
    boolean batch = random.nextDouble() < spec.batch();
    String user = user(spec, batch);
    Instant at = clock.draw(batch ? Arrival.NIGHTLY : spec.arrival(), random);
    add(spec, at, user, messages, -1, batch, Plant.NONE);
    Instant again = at.plusMillis(5_000 + random.nextInt(115_000));
    if (calls.size() < count && random.nextDouble() < REPEAT_RATE && again.isBefore(clock.end())) {
      add(spec, again, user, messages, -1, batch, Plant.REPEAT);
    }
  }

  private void add(FunctionSpec spec, Instant at, String user, List<Turn> messages, long session,
      boolean batch, Plant plant) {
    String env = "platform".equals(spec.team()) && random.nextDouble() < 0.08 ? "dev" : "prod";
    calls.add(new PlannedCall(calls.size(), spec, at, user, env, messages, session, batch, plant,
        random.nextLong()));
  }

  /** Service accounts send batches; otherwise a team member, heavy users more often. */
  private String user(FunctionSpec spec, boolean batch) {
    if (batch) {
      return "svc-" + spec.name();
    }
    List<String> users = Company.usersOf(spec.team());
    double u = random.nextDouble();
    return users.get((int) (users.size() * u * u));
  }

  private FunctionSpec pick(double total) {
    double x = random.nextDouble() * total;
    for (FunctionSpec spec : Company.FUNCTIONS) {
      x -= spec.share();
      if (x < 0) {
        return spec;
      }
    }
    return Company.FUNCTIONS.get(Company.FUNCTIONS.size() - 1);
  }
}
