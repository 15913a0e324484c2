package io.llmspend.client;

import io.llmspend.core.live.BudgetKeys;
import io.llmspend.core.live.LiveScript;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds the keys and arguments of the reserve and settle scripts and reads their answers. */
final class LiveScripts {
  private final RedisLink link;
  private final BudgetKeys keys;

  LiveScripts(RedisLink link, BudgetKeys keys) {
    this.link = link;
    this.keys = keys;
  }

  /**
   * The answer of {@link Script#RESERVE}.
   *
   * @param refused the index of the hard member that refused, or -1 when reserved
   * @param spent per member, micros (with the correction); for a refusal only the refusing one
   * @param reserved per member, micros, likewise
   */
  record Reserved(int refused, long[] spent, long[] reserved) {}

  Reserved reserve(String id, long amount, long ttlMillis, List<LiveMember> members) {
    List<String> k = new ArrayList<>();
    List<String> a = new ArrayList<>(List.of(id, Long.toString(amount),
        Long.toString(ttlMillis), Integer.toString(members.size())));
    for (LiveMember m : members) {
      k.add(keys.budget(m.budget().name(), m.periodStart(), m.member()));
      k.add(keys.open(m.budget().name(), m.periodStart(), m.member()));
      k.add(keys.members(m.budget().name(), m.periodStart()));
      a.addAll(List.of(Long.toString(m.limitMicros()), m.hard() ? "1" : "0",
          Long.toString(m.expireAt()), m.member()));
    }
    List<Object> r = link.run(LiveScript.RESERVE, k.toArray(String[]::new), a.toArray(String[]::new));
    if (((Long) r.get(0)) == 0) {
      return new Reserved((int) (long) (Long) r.get(1) - 1, new long[] {(Long) r.get(2)},
          new long[] {(Long) r.get(3)});
    }
    long[] spent = new long[members.size()];
    long[] reserved = new long[members.size()];
    for (int i = 0; i < members.size(); i++) {
      spent[i] = (Long) r.get(1 + 2 * i);
      reserved[i] = (Long) r.get(2 + 2 * i);
    }
    return new Reserved(-1, spent, reserved);
  }

  /**
   * Settles ({@code actual > 0}) or releases a reservation on its members.
   *
   * @param id the reservation id, or {@code null} when nothing was reserved (only spends)
   */
  void settle(String id, long amount, long actual, LocalDate day, List<LiveMember> members) {
    List<String> k = new ArrayList<>();
    List<String> a = new ArrayList<>(List.of(id == null ? "-" : id + ":" + amount,
        Long.toString(amount), Long.toString(actual), "d:" + day,
        Integer.toString(members.size())));
    for (LiveMember m : members) {
      k.add(keys.budget(m.budget().name(), m.periodStart(), m.member()));
      k.add(keys.open(m.budget().name(), m.periodStart(), m.member()));
      a.add(Long.toString(m.expireAt()));
    }
    link.run(LiveScript.SETTLE, k.toArray(String[]::new), a.toArray(String[]::new));
  }
}
