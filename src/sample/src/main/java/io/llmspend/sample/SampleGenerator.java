package io.llmspend.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.sample.FunctionSpec.LogSource;
import io.llmspend.sample.PlannedCall.Plant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates a deterministic week (or any period) of realistic LLM request logs in the llmspend
 * request-log format: gzip JSONL, one file per UTC day and log source ({@code app-<team>} or
 * {@code gateway}), built from real public prompts and traces bundled under
 * {@code sample-seeds/}, with planted anomalies counted in the returned summary.
 *
 * <pre>{@code
 * GenerationSummary summary = new SampleGenerator()
 *     .generate(SampleOptions.of(20_000, 7, 42L, Path.of("sample-data/request-logs")));
 * System.out.print(summary);
 * }</pre>
 *
 * <p>Same options, same bytes. Thread-safe: each {@link #generate} call uses its own state; the
 * loaded seeds are shared and immutable.
 */
public final class SampleGenerator {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SeedLibrary seeds;

  /** Loads the bundled seeds. @throws IllegalStateException if a seed resource is missing */
  public SampleGenerator() {
    this.seeds = new SeedLibrary();
  }

  /**
   * Writes the logs into {@code options.out()}.
   *
   * @return what was written and planted
   * @throws UncheckedIOException if a file cannot be written
   */
  public GenerationSummary generate(SampleOptions options) {
    Random random = new Random(options.seed());
    ArrivalClock clock = new ArrivalClock(options.startDate(), options.days());
    List<PlannedCall> calls = new CallPlanner(seeds, clock, random).plan(options.calls());
    calls = Anomalies.plant(calls, random);
    Set<Integer> malformedAfter = Defects.positions(calls, options.malformedRate(), random);
    RecordRenderer renderer =
        new RecordRenderer(seeds, new UsageModel(new TokenCounter(), seeds.quantiles));
    PlantLedger ledger = new PlantLedger();
    WasteLab lab = new WasteLab();
    List<WasteLab.Call> waste = lab.calls(options.days());
    LocalDate wasteDay = options.startDate().plusDays(WasteLab.DAY);
    try (LogFiles files = new LogFiles(options.out())) {
      Iterator<Integer> malformed = malformedAfter.iterator();
      int next = malformed.hasNext() ? malformed.next() : -1;
      for (int i = 0; i < calls.size(); i++) {
        PlannedCall call = calls.get(i);
        if (!waste.isEmpty() && LocalDate.ofInstant(call.at(), ZoneOffset.UTC).isAfter(wasteDay)) {
          writeWaste(files, lab, waste, wasteDay, ledger);
          waste = List.of();
        }
        RecordRenderer.Rendered rendered = renderer.render(call);
        ledger.call(call, rendered.tally());
        write(files, call, rendered, next == i ? ledger : null);
        if (next == i) {
          next = malformed.hasNext() ? malformed.next() : -1;
        }
      }
      files.close();
      return summary(calls.size() + ledger.counts.getOrDefault(PlantedKind.PLANTED_WASTE, 0),
          files, ledger);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the call, its duplicate, and a malformed copy when {@code malformed} is given. */
  private static void write(LogFiles files, PlannedCall call, RecordRenderer.Rendered rendered,
      PlantLedger malformed) throws IOException {
    LocalDate day = LocalDate.ofInstant(call.at(), ZoneOffset.UTC);
    FunctionSpec spec = call.spec();
    String app = "app-" + spec.team();
    String source = spec.source() == LogSource.GATEWAY ? "gateway" : app;
    byte[] line = JSON.writeValueAsBytes(rendered.node());
    files.write(day, source, line);
    if (call.plant() == Plant.DUPLICATE) {
      files.write(day, app, line);
    }
    if (malformed != null) {
      int k = malformedCount(malformed);
      files.write(day, source, Defects.corrupt(rendered.node(), k, JSON));
      malformed.add(Defects.KINDS.get(k % Defects.KINDS.size()));
    }
  }

  /** The waste lab's calls, into {@code app-ops} of their day (docs/detect.md). */
  private static void writeWaste(LogFiles files, WasteLab lab, List<WasteLab.Call> waste,
      LocalDate day, PlantLedger ledger) throws IOException {
    for (int n = 0; n < waste.size(); n++) {
      files.write(day, "app-" + WasteLab.TEAM, JSON.writeValueAsBytes(lab.render(waste.get(n),
          day, n + 1)));
      ledger.add(PlantedKind.PLANTED_WASTE);
      ledger.teams.add(WasteLab.TEAM);
      ledger.functions.add(waste.get(n).function());
      ledger.users.add("svc-" + waste.get(n).function());
      ledger.models.add(waste.get(n).model());
      ledger.providers.add("openai");
    }
  }

  private static int malformedCount(PlantLedger ledger) {
    return Defects.KINDS.stream().mapToInt(k -> ledger.counts.getOrDefault(k, 0)).sum();
  }

  private static GenerationSummary summary(int calls, LogFiles files, PlantLedger ledger)
      throws IOException {
    long bytes = 0;
    for (Path file : files.files()) {
      bytes += Files.size(file);
    }
    return new GenerationSummary(calls, files.lines(), files.files(), bytes, ledger.counts,
        ledger.teams.size(), ledger.functions.size(), ledger.users.size(), ledger.models.size(),
        ledger.providers.size());
  }
}
