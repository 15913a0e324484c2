package io.llmspend.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.run.ExitCodes;
import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.core.Hashes;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk under the store during ingest (issue 16 §1): the run says so ("no space left on
 * <folder>", exit 1), and the same command after space is freed restarts it and ends with the
 * same reports as a run that never stopped. The store, its WAL and its job repository sit on a 4
 * MB tmpfs ({@link Tmpfs}); the input (6,000 calls, each with its own 450-character system
 * prompt, about 4.7 MB) is generated here.
 */
class DiskFullTest {
  private static final String DATE = "2026-11-20";
  @TempDir Path work;

  @Test
  void aFullDiskIsReportedAsSuchAndTheRunGoesOnOnceSpaceIsFreed() throws Exception {
    Path logs = generate(work.resolve("logs"));
    Path config = Files.writeString(work.resolve("llmspend.yml"),
        "llmspend.ingest.partition-bytes: 400000\n");
    int uninterrupted = nightly(logs, work.resolve("disk"), config);
    Path full = Files.createDirectory(work.resolve("full"));

    try (Tmpfs tmpfs = Tmpfs.mount(full, "4m")) {
      String[] err = new String[1];
      int failed = StoreFaultsTest.capturingErr(() -> nightly(logs, full, config), err);
      assertThat(failed).isEqualTo(ExitCodes.INTERNAL_ERROR);
      assertThat(err[0]).contains("llmspend: no space left on " + full.toRealPath()
          + ": the nightly run stopped; nothing is lost.");

      tmpfs.resize("256m");
      assertThat(nightly(logs, full, config)).isEqualTo(uninterrupted);
      assertThat(csvFiles(full)).isEqualTo(csvFiles(work.resolve("disk")));
    }
  }

  private int nightly(Path logs, Path dir, Path config) {
    return LlmSpendCommand.execute("nightly", "--logs", logs.toString(),
        "--db", dir.resolve("llmspend.duckdb").toString(),
        "--reports", dir.resolve("reports").toString(), "--date", DATE,
        "--config", config.toString());
  }

  /** Every CSV file of the run, name and content, in name order. */
  private static List<String> csvFiles(Path dir) throws Exception {
    List<String> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(dir.resolve("reports"))) {
      for (Path csv : all.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        files.add(csv.getFileName() + "\n" + Files.readString(csv));
      }
    }
    assertThat(files).hasSizeGreaterThan(8);
    return files;
  }

  private static Path generate(Path logs) throws Exception {
    Files.createDirectories(logs);
    try (BufferedWriter out = Files.newBufferedWriter(logs.resolve("big.jsonl"))) {
      for (int i = 0; i < 6000; i++) {
        String hash = Hashes.sha256Hex(Integer.toString(i).getBytes(StandardCharsets.UTF_8));
        String words = String.join(" ", hash.split("(?<=\\G.{8})"));
        String prompt = ("Agent " + i + ". " + (words + " ").repeat(6)).strip();
        out.write("""
            {"request_id":"r%05d","timestamp":"2026-11-20T%02d:%02d:%02dZ","provider":"openai",\
            "model":"gpt-4o-mini","team":"t%d","function":"f","request":{"model":"gpt-4o-mini",\
            "messages":[{"role":"system","content":"%s"},{"role":"user","content":"hi %d"}]},\
            "response":{"usage":{"prompt_tokens":100,"completion_tokens":10}},"status":200}
            """.formatted(i, i / 3600 % 24, i / 60 % 60, i % 60, i % 5, prompt, i));
      }
    }
    return logs;
  }
}
