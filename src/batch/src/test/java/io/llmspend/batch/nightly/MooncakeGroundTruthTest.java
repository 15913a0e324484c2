package io.llmspend.batch.nightly;

import static io.llmspend.batch.nightly.NightlyFixtures.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.batch.run.ExitCodes;
import io.llmspend.core.Hashes;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real ground truth for the cacheable-prefix detector: 300 requests of the Mooncake conversation
 * trace (fixtures/mooncake/SOURCE.md), logged with prefix_block_hashes only, as Anthropic
 * claude-sonnet-4-5 calls without cache use. The shared-prefix tokens the detector finds must
 * equal a count made here, independently, from the hash lists: for each request, the longest
 * run of leading ids it shares with any earlier request sent within the 5-minute cache lifetime,
 * x 512 tokens, capped at its input length.
 *
 * <p>Hashes are chained (a block's id stands for it and every block before it), so this pairwise
 * count equals the detector's block-by-block one; in this 102-second slice most conversations do
 * not come back, so writing the cache would cost more than reading it saves.
 */
class MooncakeGroundTruthTest {
  private static final Path TRACE =
      NightlyFixtures.FIXTURES.resolve("mooncake").resolve("conversation_trace_head300.jsonl");
  private static final Instant START = Instant.parse("2026-11-30T00:00:00Z");
  private static final long LIFETIME_MS = 5 * 60_000;
  private static final int BLOCK = 512;
  private static final int SONNET_MIN_CACHEABLE = 1024;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void sharedPrefixTokensEqualTheCountFromTheHashLists(@TempDir Path work) throws Exception {
    List<JsonNode> trace = new ArrayList<>();
    for (String line : Files.readAllLines(TRACE)) {
      trace.add(json.readTree(line));
    }
    Path logs = Files.createDirectories(work.resolve("logs"));
    writeLog(trace, logs.resolve("mooncake.jsonl"));

    int exit = NightlyFixtures.runNightly("mooncake", logs, work, "2026-11-30");

    assertThat(exit).isEqualTo(ExitCodes.SUCCESS);
    long[] shared = sharedPrefixTokens(trace);
    long all = 0;
    long cacheable = 0;
    for (long s : shared) {
      all += s;
      cacheable += s >= SONNET_MIN_CACHEABLE ? s : 0;
    }
    // the same count in Python over the same file gives 345,966 shared tokens, 203,630 of them
    // in the 21 calls that share at least Sonnet's 1,024-token minimum
    assertThat(all).isEqualTo(345_966L);
    assertThat(cacheable).isEqualTo(203_630L);
    assertThat(((BigInteger) scalar(work, "select sum(shared_tokens) from prefix_reuse"))
        .longValueExact()).isEqualTo(all);
    assertThat(((BigInteger) scalar(work, "select sum(read_tokens) from prefix_reuse"))
        .longValueExact()).isEqualTo(cacheable);
    // every block not shared is written (5-minute cache): input - shared, for the calls whose
    // prompt reaches the 1,024-token minimum; 3,912,248 tokens by the same Python count
    assertThat(((BigInteger) scalar(work, "select sum(write_tokens) from prefix_reuse"))
        .longValueExact()).isEqualTo(3_912_248L);
    // break-even: reads save 203,630 x (3.00 - 0.30) / 1M = $0.549801, writes cost
    // 3,912,248 x (3.75 - 3.00) / 1M = $2.934186: caching this hour would cost more than it
    // saves, so nothing is recommended
    assertThat((Long) scalar(work, "select count(*) from recommendations"
        + " where kind = 'cacheable_prefix'")).isZero();
  }

  /** Per request: leading ids shared with the closest earlier request in the lifetime. */
  private static long[] sharedPrefixTokens(List<JsonNode> trace) {
    long[] shared = new long[trace.size()];
    for (int i = 0; i < trace.size(); i++) {
      JsonNode ids = trace.get(i).get("hash_ids");
      long at = trace.get(i).get("timestamp").asLong();
      int best = 0;
      for (int j = 0; j < i; j++) {
        if (at - trace.get(j).get("timestamp").asLong() <= LIFETIME_MS) {
          best = Math.max(best, commonLead(ids, trace.get(j).get("hash_ids")));
        }
      }
      shared[i] = Math.min((long) best * BLOCK, trace.get(i).get("input_length").asLong());
    }
    return shared;
  }

  private static int commonLead(JsonNode a, JsonNode b) {
    int k = 0;
    while (k < a.size() && k < b.size() && a.get(k).asLong() == b.get(k).asLong()) {
      k++;
    }
    return k;
  }

  private void writeLog(List<JsonNode> trace, Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < trace.size(); i++) {
      JsonNode t = trace.get(i);
      ObjectNode line = json.createObjectNode();
      line.put("request_id", String.format("mc-%05d", i + 1));
      line.put("timestamp", START.plusMillis(t.get("timestamp").asLong()).toString());
      line.put("provider", "anthropic").put("model", "claude-sonnet-4-5")
          .put("team", "research").put("function", "mooncake-chat");
      line.set("prefix_block_hashes", t.get("hash_ids"));
      line.putObject("response").putObject("usage")
          .put("input_tokens", t.get("input_length").asLong())
          .put("output_tokens", t.get("output_length").asLong());
      lines.add(line.toString());
    }
    Files.write(file, lines);
  }
}
