package io.llmspend.batch.cli;

import io.lettuce.core.RedisException;
import io.llmspend.batch.budget.LiveStatus;
import io.llmspend.batch.run.ExitCodes;
import io.llmspend.core.InvalidInputException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code llmspend budget status}: the live budgets the applications' guards keep in Redis. */
@Command(
    name = "budget",
    mixinStandardHelpOptions = true,
    description = "Live budgets (docs/budgets.md).",
    subcommands = BudgetCommand.Status.class)
final class BudgetCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a subcommand is required: status");
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = {"Show the live budgets: spent, reserved and remaining.",
          "Per budget and member in the current period, from Redis (expired reservations are "
              + "released first)."})
  static final class Status implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE",
        description = "The nightly job's extra configuration file (llmspend.live.*, "
            + "llmspend.time-zone, llmspend.budget.*).")
    Path config;

    @Option(names = "--redis", paramLabel = "URI",
        description = "The guards' Redis (default: llmspend.live.redis-uri, else "
            + "redis://127.0.0.1:6379).")
    String redis;

    @Option(names = "--budgets", paramLabel = "FILE",
        description = "The budgets file (default: llmspend.budget.file, jobs/budgets.yml).")
    Path budgets;

    @Override
    public Integer call() {
      LiveStatus status;
      try {
        status = LiveStatus.load(config, redis, budgets);
        System.out.print(status.read(Instant.now()));
        return ExitCodes.SUCCESS;
      } catch (InvalidInputException e) {
        System.err.println("llmspend: " + e.getMessage());
        return ExitCodes.INPUT_ERROR;
      } catch (RedisException e) {
        System.err.println("llmspend: Redis unavailable: " + e.getMessage());
        return ExitCodes.INPUT_ERROR;
      }
    }
  }
}
