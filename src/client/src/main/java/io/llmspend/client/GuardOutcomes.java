package io.llmspend.client;

import io.llmspend.core.live.Micros;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * What follows a reservation's answer: events to the listeners, counts, exceptions, and at most
 * one log line a minute while Redis is unavailable.
 */
final class GuardOutcomes {
  private static final System.Logger LOG = System.getLogger(BudgetGuard.class.getName());
  private static final long LOG_EVERY_NANOS = 60_000_000_000L;
  private final GuardConfig config;
  private final GuardMetrics metrics;
  private volatile long lastLogNanos = System.nanoTime() - LOG_EVERY_NANOS;

  GuardOutcomes(GuardConfig config, GuardMetrics metrics) {
    this.config = config;
    this.metrics = metrics;
  }

  /** @throws BudgetExceededException when a hard member refused */
  void reserved(LiveScripts.Reserved r, List<LiveMember> members, long amount) {
    if (r.refused() >= 0) {
      LiveMember m = members.get(r.refused());
      metrics.refused.increment();
      emit(new GuardEvent.Refused(m.budget().name(), m.member(), m.budget().limitUsd(),
          Micros.usd(r.spent()[0]), Micros.usd(r.reserved()[0]), Micros.usd(amount)));
      throw new BudgetExceededException(m.budget().name(), m.member(), m.budget().limitUsd(),
          Micros.usd(r.spent()[0]), Micros.usd(r.reserved()[0]), Micros.usd(amount));
    }
    metrics.reserved.increment();
    for (int i = 0; i < members.size(); i++) {
      LiveMember m = members.get(i);
      if (!m.hard() && r.spent()[i] + r.reserved()[i] > m.limitMicros()) {
        metrics.softExceeded.increment();
        emit(new GuardEvent.SoftLimitExceeded(m.budget().name(), m.member(),
            m.budget().limitUsd(), Micros.usd(r.spent()[i]),
            Micros.usd(r.reserved()[i] - amount), Micros.usd(amount)));
      }
    }
  }

  /** @throws BudgetUnavailableException when a member's budget fails closed */
  void unavailable(List<LiveMember> members, RuntimeException cause) {
    for (LiveMember m : members) {
      if (config.policy(m.budget().name()) == UnavailablePolicy.FAIL_CLOSED) {
        metrics.unavailableRefused.increment();
        emit(new GuardEvent.RedisUnavailable("reserve", false, cause.getMessage()));
        log("refusing calls of fail-closed budgets", cause);
        throw new BudgetUnavailableException(m.budget().name(), cause);
      }
    }
    metrics.unavailableAllowed.increment();
    emit(new GuardEvent.RedisUnavailable("reserve", true, cause.getMessage()));
    log("allowing calls without reservation (fail-open)", cause);
  }

  void settleFailed(RuntimeException cause) {
    metrics.settleFailed.increment();
    emit(new GuardEvent.RedisUnavailable("settle", true, cause.getMessage()));
    log("a settlement was not recorded; its reservation will expire", cause);
  }

  void unpriced(String model, String reason) {
    metrics.unpriced.increment();
    emit(new GuardEvent.Unpriced(model, reason));
  }

  private void emit(GuardEvent event) {
    for (GuardListener l : config.listeners()) {
      try {
        l.onEvent(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "llmspend guard listener failed on " + event, e);
      }
    }
  }

  private void log(String what, RuntimeException cause) {
    long now = System.nanoTime();
    if (now - lastLogNanos >= LOG_EVERY_NANOS) {
      lastLogNanos = now;
      LOG.log(Level.WARNING, "llmspend: Redis unavailable, " + what + " (fail-open allowed "
          + metrics.unavailableAllowed() + ", fail-closed refused " + metrics.unavailableRefused()
          + ", settlements lost " + metrics.settleFailed() + " so far): " + cause);
    }
  }
}
