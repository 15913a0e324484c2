package io.llmspend.core.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.core.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mapping rules and their refusals; the happy paths run end to end in GatewayLogsTest. */
class GatewayRecordsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final GatewayRecords shipped = GatewayRecords.read(Path.of("..", "..", "jobs", "csv-mappings.yml"));

  @Test
  void theShippedMappingsReadTheAzureTraces() throws Exception {
    JsonNode out = shipped.toRequestLog("logs/AzureLLMInferenceTrace_conv.csv", json(
        "{\"TIMESTAMP\":\"2023-11-16 18:15:46.6805900\",\"ContextTokens\":\"374\","
            + "\"GeneratedTokens\":\"44\"}"));
    assertThat(out.path("timestamp").asText()).isEqualTo("2023-11-16T18:15:46.680590Z");
    assertThat(out.path("function").asText()).isEqualTo("conversation");
    assertThat(out.path("response").path("usage").path("prompt_tokens").asLong()).isEqualTo(374);
    assertThat(out.path("response").path("usage").path("completion_tokens").asLong()).isEqualTo(44);
  }

  @Test
  void otherRecordsPassUnchanged() throws Exception {
    JsonNode own = json("{\"request_id\":\"x\",\"timestamp\":\"2026-11-02T00:00:00Z\"}");
    assertThat(shipped.toRequestLog("logs/app.jsonl", own)).isSameAs(own);
  }

  @Test
  void refusesWhatCannotBeMapped() throws Exception {
    assertThatThrownBy(() -> shipped.toRequestLog("logs/AzureLLMInferenceTrace_code.csv",
        json("{\"TIMESTAMP\":\"yesterday\",\"ContextTokens\":\"1\"}")))
        .hasMessage("TIMESTAMP is not a timestamp: yesterday");
    assertThatThrownBy(() -> shipped.toRequestLog("logs/AzureLLMInferenceTrace_code.csv",
        json("{\"TIMESTAMP\":\"2023-11-16 18:15:46\",\"ContextTokens\":\"-3\"}")))
        .hasMessage("ContextTokens is not a non-negative whole number: \"-3\"");
    assertThatThrownBy(() -> shipped.toRequestLog("spend.jsonl", json("{\"startTime\":"
        + "\"2026-11-02T00:00:00Z\",\"spend\":0,\"prompt_tokens\":10,\"completion_tokens\":1,"
        + "\"model\":\"gpt-4o\",\"metadata\":{\"additional_usage_values\":"
        + "{\"cache_read_input_tokens\":11}}}")))
        .hasMessage("cache tokens 11 exceed prompt_tokens 10");
    assertThatThrownBy(() -> shipped.toRequestLog("obs.jsonl", json("{\"traceId\":\"t\","
        + "\"type\":\"GENERATION\",\"startTime\":\"2026-11-02T00:00:00Z\",\"model\":\"llama-3\"}")))
        .hasMessage("no provider for model llama-3");
  }

  @Test
  void aRecordWithoutProviderTakesTheCatalogsProvider() throws Exception {
    // regression: Bedrock model ids were quarantined with "no provider for model"
    JsonNode out = shipped.toRequestLog("obs.jsonl", json("{\"traceId\":\"t\",\"id\":\"o1\","
        + "\"type\":\"GENERATION\",\"startTime\":\"2026-11-02T00:00:00Z\","
        + "\"model\":\"us.anthropic.claude-3-5-haiku-20241022-v1:0\"}"));
    assertThat(out.path("provider").asText()).isEqualTo("bedrock");
    out = shipped.toRequestLog("obs.jsonl", json("{\"traceId\":\"t\",\"id\":\"o2\","
        + "\"type\":\"GENERATION\",\"startTime\":\"2026-11-02T00:00:00Z\","
        + "\"model\":\"claude-sonnet-4-5-20250929\"}"));
    assertThat(out.path("provider").asText()).isEqualTo("anthropic");
  }

  @Test
  void anInvalidMappingsFileIsAnInputError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("m.yml");
    Files.writeString(file, "csv-mappings:\n  - name: x\n    files: \"*.csv\"\n"
        + "    timestamp: T\n    values: {colour: red}\n    tokens: {input: I}\n");
    assertThatThrownBy(() -> GatewayRecords.read(file))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown field colour");
    assertThat(GatewayRecords.read(dir.resolve("missing.yml"))).isSameAs(GatewayRecords.NONE);
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }
}
