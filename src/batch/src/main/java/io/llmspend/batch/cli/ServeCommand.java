package io.llmspend.batch.cli;

import io.llmspend.batch.run.ExitCodes;
import io.llmspend.batch.web.ReportServer;
import io.llmspend.core.InvalidInputException;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code llmspend serve}: the read-only report pages, until stopped (docs/serve.md). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {"Serve the reports and the run history as read-only web pages.",
        "Pages with sign-in (users and roles: llmspend.web.*, docs/serve.md) over the reports "
            + "folder and the job repository. Runs until stopped."})
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Mixin StoreOptions store;

  @Override
  public Integer call() throws InterruptedException {
    if (!store.configFound()) {
      return ExitCodes.INPUT_ERROR;
    }
    ConfigurableApplicationContext context;
    try {
      context = ReportServer.start(port, store.db, store.reports, store.configFile());
    } catch (IOException | RuntimeException e) {
      InvalidInputException input = input(e);
      String root = rootMessage(e);
      System.err.println("llmspend: serve did not start: "
          + (input != null ? input.getMessage() : root));
      // a configured H2 repository that does not exist is a missing input as well
      return input != null || root.startsWith("no job repository")
          ? ExitCodes.INPUT_ERROR : ExitCodes.INTERNAL_ERROR;
    }
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(event -> {
      if (event instanceof ContextClosedEvent) {
        closed.countDown();
      }
    });
    System.out.println("llmspend serve: " + store.reports.toAbsolutePath() + " on port "
        + context.getEnvironment().getProperty("local.server.port") + " (stop with Ctrl-C)");
    closed.await();
    return ExitCodes.SUCCESS;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage());
    return message.contains("IFEXISTS")
        ? "no job repository yet (" + message + "): run nightly first" : message;
  }

  private static InvalidInputException input(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException input) {
        return input;
      }
    }
    return null;
  }
}
