package io.llmspend.sample;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.sample.PlannedCall.Plant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Renders a planned call as one request-log record ({@code docs/request-log-format.md}), field
 * order fixed. The legal team's app logs local time with offset +01:00, everything else UTC.
 * Calls must be given in time order (caches are simulated). Not thread-safe.
 */
final class RecordRenderer {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");
  private static final ZoneOffset LEGAL_OFFSET = ZoneOffset.ofHours(1);

  private final SeedLibrary seeds;
  private final UsageModel usageModel;

  RecordRenderer(SeedLibrary seeds, UsageModel usageModel) {
    this.seeds = seeds;
    this.usageModel = usageModel;
  }

  /** A rendered call: the record and its usage. */
  record Rendered(ObjectNode node, TokenTally tally) {}

  Rendered render(PlannedCall call) {
    Random random = new Random(call.seed());
    FunctionSpec spec = call.spec();
    String system = seeds.systemPrompt(spec.systemPrompt());
    TokenTally tally = usageModel.tally(call, system, random);
    ObjectNode node = header(call, Ids.of(spec, random));
    Plant plant = call.plant();
    if (plant != Plant.USAGE_ONLY && plant != Plant.LONG_CONTEXT) {
      node.set("request", RequestBodies.of(spec, system, call.messages(), call.user()));
    }
    String tier = call.batch() ? "batch" : "standard";
    if (plant != Plant.RECOUNT_ONLY) {
      ObjectNode response = ResponseBodies.of(spec, node.get("request_id").asText(), tally, tier);
      if (plant == Plant.HTTP_429 || plant == Plant.HTTP_500) {
        response.putObject("error").put("type", plant == Plant.HTTP_429 ? "rate_limit_exceeded"
            : "server_error");
      }
      node.set("response", response);
    }
    int status = plant == Plant.HTTP_429 ? 429 : plant == Plant.HTTP_500 ? 500 : 200;
    node.put("status", status).put("latency_ms", latency(tally, status, random));
    if (call.batch() && spec.shape() == FunctionSpec.ApiShape.ANTHROPIC) {
      node.put("service_tier", "batch");
    } else if (call.batch()) {
      node.put("batch", true);
    }
    return new Rendered(node, tally);
  }

  private static ObjectNode header(PlannedCall call, String id) {
    FunctionSpec spec = call.spec();
    ZoneOffset offset = "legal".equals(spec.team()) ? LEGAL_OFFSET : ZoneOffset.UTC;
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("request_id", id)
        .put("timestamp", TIME.format(call.at().atOffset(offset)))
        .put("provider", spec.provider()).put("model", spec.model());
    if (spec.deployment() != null) {
      node.put("deployment", spec.deployment());
    }
    node.put("team", spec.team()).put("function", spec.name()).put("user", call.user())
        .put("api_key_id", "key-" + spec.team() + "-" + call.env());
    if (spec.provider().contains("openai")) {
      node.put("project", "proj-" + spec.team());
    }
    node.putObject("tags").put("env", call.env()).put("interactive", String.valueOf(!call.batch()));
    return node;
  }

  private static int latency(TokenTally tally, int status, Random random) {
    if (status == 429) {
      return 30 + random.nextInt(150);
    }
    return 250 + tally.output() * 12 + tally.input() / 40 + random.nextInt(400);
  }
}
