package io.llmspend.core.requestlog;

/**
 * Who a call belongs to, as logged. Any field may be {@code null} (not logged); reports show
 * missing team and function as {@code (untagged)} after the attribution rules ran.
 *
 * @param team the owning team
 * @param function the product feature
 * @param user the end user or service account
 * @param apiKeyId the API key id (never the secret)
 * @param project the provider project or workspace
 * @param tagsJson the {@code tags} object as compact JSON, or {@code null}
 */
public record Attribution(
    String team, String function, String user, String apiKeyId, String project, String tagsJson) {}
