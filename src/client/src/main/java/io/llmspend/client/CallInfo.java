package io.llmspend.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who makes a call and where it goes: the request-log line's attribution fields, and what
 * decides which budgets apply. Immutable; the {@code with...} methods return copies.
 *
 * <pre>{@code
 * CallInfo call = CallInfo.of("openai", "gpt-4o-mini").withFunction("support-chat")
 *     .withTeam("support").withUser("u-0042").withTag("env", "prod");
 * }</pre>
 *
 * @param provider {@code openai}, {@code anthropic}, {@code google}...; {@code null}: from the
 *     model name ({@code claude*} is anthropic, {@code gemini*} google, else openai)
 * @param model the model as requested, not null
 * @param function the product feature; {@code null}: the one of the enclosing {@link
 *     LlmFunction} scope, if any
 * @param team the owning team, or {@code null}
 * @param user the end user or service account, or {@code null}
 * @param apiKeyId the API key's id (never the secret), or {@code null}
 * @param project the provider project, or {@code null}
 * @param tags free-form string tags, never null
 * @param batch whether the call goes through a batch API
 * @param serviceTier the requested service tier, or {@code null}
 */
public record CallInfo(String provider, String model, String function, String team, String user,
    String apiKeyId, String project, Map<String, String> tags, boolean batch,
    String serviceTier) {

  public CallInfo {
    Objects.requireNonNull(model, "model");
    tags = tags == null ? Map.of() : Map.copyOf(tags);
  }

  /** A call to {@code model} at {@code provider} ({@code null}: from the model name). */
  public static CallInfo of(String provider, String model) {
    return new CallInfo(provider, model, null, null, null, null, null, Map.of(), false, null);
  }

  public CallInfo withFunction(String function) {
    return new CallInfo(provider, model, function, team, user, apiKeyId, project, tags, batch,
        serviceTier);
  }

  public CallInfo withTeam(String team) {
    return new CallInfo(provider, model, function, team, user, apiKeyId, project, tags, batch,
        serviceTier);
  }

  public CallInfo withUser(String user) {
    return new CallInfo(provider, model, function, team, user, apiKeyId, project, tags, batch,
        serviceTier);
  }

  public CallInfo withApiKeyId(String apiKeyId) {
    return new CallInfo(provider, model, function, team, user, apiKeyId, project, tags, batch,
        serviceTier);
  }

  public CallInfo withProject(String project) {
    return new CallInfo(provider, model, function, team, user, apiKeyId, project, tags, batch,
        serviceTier);
  }

  public CallInfo withTag(String key, String value) {
    Map<String, String> more = new LinkedHashMap<>(tags);
    more.put(key, value);
    return new CallInfo(provider, model, function, team, user, apiKeyId, project, more, batch,
        serviceTier);
  }

  public CallInfo withModel(String model) {
    return new CallInfo(provider, model, function, team, user, apiKeyId, project, tags, batch,
        serviceTier);
  }

  public CallInfo withBatch(boolean batch, String serviceTier) {
    return new CallInfo(provider, model, function, team, user, apiKeyId, project, tags, batch,
        serviceTier);
  }
}
