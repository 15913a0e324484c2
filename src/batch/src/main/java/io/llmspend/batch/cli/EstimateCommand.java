package io.llmspend.batch.cli;

import io.llmspend.batch.estimate.BudgetLookup;
import io.llmspend.batch.estimate.EstimateSettings;
import io.llmspend.batch.estimate.EstimateText;
import io.llmspend.batch.run.ExitCodes;
import io.llmspend.core.InvalidInputException;
import io.llmspend.core.budget.Budget;
import io.llmspend.core.estimate.CostEstimator;
import io.llmspend.core.estimate.Estimate;
import io.llmspend.core.json.BadRecordException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code llmspend estimate}: tokens and cost of a request before it is sent. */
@Command(
    name = "estimate",
    mixinStandardHelpOptions = true,
    description = {"Estimate a request's tokens and cost before it is sent.",
        "Counts its input tokens (system, tools, history, user) and its cost range with the "
            + "nightly job's token counter and price book; with --budget, shows the budget's "
            + "remaining amount from the last nightly run."})
final class EstimateCommand implements Callable<Integer> {

  @Option(names = "--model", required = true, description = "The model the request goes to.")
  String model;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  static final class Input {
    @Option(names = "--text", paramLabel = "FILE",
        description = "A text file, counted as one user message.")
    Path text;

    @Option(names = "--request", paramLabel = "FILE",
        description = "A request body: OpenAI chat or Anthropic messages (JSON).")
    Path request;
  }

  @Option(names = "--max-output", paramLabel = "N",
      description = "Output tokens to reserve (default: the request's max_tokens, if any).")
  Long maxOutput;

  @Option(names = "--provider", description = "Provider hint (default: from the model name).")
  String provider;

  @Option(names = "--budget", paramLabel = "NAME", description = "A budget of jobs/budgets.yml.")
  String budget;

  @Option(names = "--member", paramLabel = "X", description = "The budget's member.")
  String member;

  @Option(names = "--config", paramLabel = "FILE",
      description = "The nightly job's extra configuration file (price book, encodings).")
  Path config;

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "data/llmspend.duckdb",
      description = "The DuckDB store of the nightly job (default: ${DEFAULT-VALUE}).")
  Path db;

  /** A test seam: the day whose budget period is shown; default today in llmspend.time-zone. */
  @Option(names = "--today", hidden = true, paramLabel = "YYYY-MM-DD")
  LocalDate today;

  @Override
  public Integer call() {
    if (maxOutput != null && maxOutput < 0) {
      System.err.println("llmspend: --max-output must be >= 0");
      return ExitCodes.USAGE;
    }
    try {
      Estimate estimate = estimate(EstimateSettings.load(config));
      System.out.print(EstimateText.of(estimate));
      if (budget != null) {
        LocalDate day = today != null ? today : LocalDate.now(EstimateSettings.timeZone(config));
        var found = new BudgetLookup(db).remaining(budget, member, day);
        System.out.print(found.map(b -> EstimateText.of(b, estimate)).orElse(
            "Budget " + budget + (member == null ? "" : " / " + member)
                + ": no status in " + db + " for the period containing " + day
                + " (no nightly run of that period up to that day)\n"));
        if (found.isEmpty()) {
          return ExitCodes.INPUT_ERROR;
        }
      }
      return ExitCodes.SUCCESS;
    } catch (NoSuchFileException e) {
      System.err.println("llmspend: file not found: " + e.getFile());
      return ExitCodes.INPUT_ERROR;
    } catch (AccessDeniedException e) {
      System.err.println("llmspend: cannot read " + e.getFile() + ": permission denied");
      return ExitCodes.INPUT_ERROR;
    } catch (IOException | BadRecordException | InvalidInputException
        | SQLException e) {
      System.err.println("llmspend: "
          + String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " ")); // one line
      return ExitCodes.INPUT_ERROR;
    }
  }

  private Estimate estimate(CostEstimator estimator) throws IOException, BadRecordException {
    Instant now = Instant.now();
    if (input.text != null) {
      return estimator.estimateText(model, Files.readString(input.text), maxOutput, now);
    }
    return estimator.estimateRequest(provider, model, EstimateText.readJson(input.request),
        maxOutput, now);
  }
}
