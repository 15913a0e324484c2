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
 * root-to-leaf path per session, one call per user turn, so history grows turn by turn. Every
 * call (every session) carries its own short context ({@link CallContexts}), so requests are
 * distinct unless planned as a {@link Plant#REPEAT}: the same user sending the same messages
 * again, at the function's {@link FunctionSpec#repeatRate()}. {@link #RETRY_SHARE} of repeats are
 * retries within minutes, the rest the same question asked again later that day (inside the
 * detector's 24-hour window); a session turn is only repeated at once (regenerate). Not
 * thread-safe; one planner per generation.
 */
final class CallPlanner {
  /** Share of repeats sent again within 5 s to 3 min (a retry or regenerate). */
  static final double RETRY_SHARE = 0.6;
  private static final int RETRY_MIN_MS = 5_000;
  private static final int RETRY_SPREAD_MS = 175_000;
  /** The others come 15 min to 8 h later, still the same working day. */
  private static final int LATER_MIN_MS = 15 * 60_000;
  private static final int LATER_SPREAD_MS = 465 * 60_000;

  private final SeedLibrary seeds;
  private final UserMessages userMessages;
  private final CallContexts contexts = new CallContexts();
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
    String context = contexts.next(spec, random);
    Instant at = clock.draw(spec.arrival(), random);
    long session = calls.size();
    for (int end = 1; end <= thread.size() && calls.size() < count; end += 2) {
      if (!at.isBefore(clock.end())) {
        return;
      }
      List<Turn> messages = CallContexts.prepend(spec, context, thread.subList(0, end));
      add(spec, at, user, messages, session, false, Plant.NONE);
      Instant again = at.plusMillis(RETRY_MIN_MS + random.nextInt(55_000));
      if (calls.size() < count && repeats(spec) && again.isBefore(clock.end())) {
        add(spec, again, user, messages, session, false, Plant.REPEAT);
        at = again;
      }
      at = at.plusMillis(20_000 + random.nextInt(220_000));
    }
  }

  private void single(FunctionSpec spec, int count) {
    List<Turn> messages = CallContexts.prepend(spec, contexts.next(spec, random),
        userMessages.single(spec.conversation(), random));
    boolean batch = random.nextDouble() < spec.batch();
    String user = user(spec, batch);
    Instant at = clock.draw(batch ? Arrival.NIGHTLY : spec.arrival(), random);
    add(spec, at, user, messages, -1, batch, Plant.NONE);
    if (calls.size() < count && repeats(spec)) {
      Instant again = at.plusMillis(random.nextDouble() < RETRY_SHARE
          ? RETRY_MIN_MS + random.nextInt(RETRY_SPREAD_MS)
          : LATER_MIN_MS + random.nextInt(LATER_SPREAD_MS));
      if (again.isBefore(clock.end())) {
        add(spec, again, user, messages, -1, batch, Plant.REPEAT);
      }
    }
  }

  /**
   * Whether this call is sent again. A repeat rate r is the share of all the function's calls that
   * are repeats, so an original is repeated with probability r / (1 - r).
   */
  private boolean repeats(FunctionSpec spec) {
    double rate = spec.repeatRate();
    return rate > 0 && random.nextDouble() < rate / (1 - rate);
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
