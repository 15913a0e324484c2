package io.llmspend.core.gateway;

import java.util.List;

/**
 * Which span or resource attributes give an OpenTelemetry GenAI call its team, function and user
 * ({@code otel-attributes:} of {@code jobs/csv-mappings.yml}); the first attribute set on the
 * span, else on its resource, wins. An absent list keeps its default.
 *
 * @param team default {@code llmspend.team}
 * @param function default {@code llmspend.function}, {@code service.name}
 * @param user default {@code llmspend.user}, {@code user.id}, {@code enduser.id}
 */
public record OtelAttributes(List<String> team, List<String> function, List<String> user) {
  /** The defaults. */
  public static final OtelAttributes DEFAULTS = new OtelAttributes(null, null, null);

  public OtelAttributes {
    team = team == null || team.isEmpty() ? List.of("llmspend.team") : List.copyOf(team);
    function = function == null || function.isEmpty()
        ? List.of("llmspend.function", "service.name") : List.copyOf(function);
    user = user == null || user.isEmpty()
        ? List.of("llmspend.user", "user.id", "enduser.id") : List.copyOf(user);
  }
}
