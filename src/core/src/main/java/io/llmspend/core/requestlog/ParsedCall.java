package io.llmspend.core.requestlog;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One valid request-log record, parsed, before token re-count and pricing.
 *
 * @param key the call's stable key: {@code provider:request_id}, else a hash of file and line
 * @param requestId the provider request id, or {@code null}
 * @param timestamp when the call was made
 * @param provider the provider, lower-case
 * @param model the model as requested
 * @param deployment the Azure deployment name, or {@code null}
 * @param attribution team, function, user, API key, project and tags as logged
 * @param request the provider-native request body, or {@code null}
 * @param usage the provider usage, normalized, or {@code null} when the log has none
 * @param status the HTTP status (200 when not logged)
 * @param latencyMs the latency in milliseconds, or {@code null}
 * @param batch whether the call went through a batch API
 * @param serviceTier the service tier (response wins over the logged field), or {@code null}
 * @param maxOutputTokens the request's max_tokens / max_output_tokens, or {@code null}
 * @param sourceFile the file, relative to its logs folder
 * @param sourceLine the 1-based line number
 * @param requestHash the normalized request hash ({@link RequestHash}), or {@code null} without
 *     a request body
 * @param prefixBlockHashes the logged {@code prefix_block_hashes} joined by commas, or {@code
 *     null} when not logged
 * @param responseCacheHit a gateway's response cache answered: no provider call, no charge
 */
public record ParsedCall(
    String key,
    String requestId,
    Instant timestamp,
    String provider,
    String model,
    String deployment,
    Attribution attribution,
    JsonNode request,
    NormalizedUsage usage,
    int status,
    Long latencyMs,
    boolean batch,
    String serviceTier,
    Long maxOutputTokens,
    String sourceFile,
    long sourceLine,
    String requestHash,
    String prefixBlockHashes,
    boolean responseCacheHit) {}
