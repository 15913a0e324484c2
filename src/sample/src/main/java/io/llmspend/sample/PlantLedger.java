package io.llmspend.sample;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Counts what was planted and the distinct dimensions of the valid calls. Not thread-safe. */
final class PlantLedger {
  /** Models the price book does not know: their calls show the unpriced path. */
  static final Set<String> UNPRICED_MODELS = Set.of("mistral-large-2411");

  final Map<PlantedKind, Integer> counts = new EnumMap<>(PlantedKind.class);
  final Set<String> teams = new TreeSet<>();
  final Set<String> functions = new TreeSet<>();
  final Set<String> users = new TreeSet<>();
  final Set<String> models = new TreeSet<>();
  final Set<String> providers = new TreeSet<>();

  void add(PlantedKind kind) {
    counts.merge(kind, 1, Integer::sum);
  }

  /** Records one valid call. */
  void call(PlannedCall call, TokenTally tally) {
    FunctionSpec spec = call.spec();
    teams.add(spec.team());
    functions.add(spec.name());
    users.add(call.user());
    models.add(spec.model());
    providers.add(spec.provider());
    switch (call.plant()) {
      case RECOUNT_ONLY -> add(PlantedKind.RECOUNT_ONLY);
      case USAGE_ONLY -> add(PlantedKind.USAGE_ONLY);
      case LONG_CONTEXT -> add(PlantedKind.LONG_CONTEXT);
      case HTTP_429 -> add(PlantedKind.HTTP_429);
      case HTTP_500 -> add(PlantedKind.HTTP_500);
      case REPEAT -> add(PlantedKind.REPEATED_REQUEST);
      case DUPLICATE -> add(PlantedKind.DUPLICATE_LINE);
      case NONE -> { }
    }
    flags(call, spec, tally);
  }

  private void flags(PlannedCall call, FunctionSpec spec, TokenTally tally) {
    if (call.batch()) {
      add(PlantedKind.BATCH);
    }
    if (UNPRICED_MODELS.contains(spec.model())) {
      add(PlantedKind.UNPRICED_MODEL);
    }
    if (spec.deployment() != null) {
      add(PlantedKind.AZURE_DEPLOYMENT);
    }
    if (tally.reasoning() > 0) {
      add(PlantedKind.REASONING);
    }
    boolean anthropic = spec.shape() == FunctionSpec.ApiShape.ANTHROPIC;
    if (tally.cacheRead() > 0) {
      add(anthropic ? PlantedKind.ANTHROPIC_CACHE_READ : PlantedKind.OPENAI_CACHED);
    }
    if (tally.write5m() > 0) {
      add(PlantedKind.ANTHROPIC_CACHE_WRITE_5M);
    }
    if (tally.write1h() > 0) {
      add(PlantedKind.ANTHROPIC_CACHE_WRITE_1H);
    }
  }
}
