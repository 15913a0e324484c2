package io.llmspend.batch.remote;

import io.llmspend.batch.LlmSpendApplication;
import io.llmspend.batch.run.ExitCodes;
import io.llmspend.batch.store.ProcessUmask;
import io.llmspend.core.InvalidInputException;
import io.llmspend.core.pricing.PriceBookException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A worker process: the batch application with {@code llmspend.remote.worker} set, taking
 * partitions until it is stopped (SIGTERM, Ctrl-C: the partition in hand goes back to the queue)
 * or refuses a partition made with other settings than its own (exit code 4).
 */
public final class WorkerProcess {
  private static final long POLL_MILLIS = 1000;

  private WorkerProcess() {}

  /**
   * @param config the configuration file: the manager's job repository ({@code
   *     spring.datasource.*}), RabbitMQ ({@code spring.rabbitmq.*}), the same price book and
   *     settings as the manager
   * @return the process exit code ({@link ExitCodes})
   */
  public static int run(Path config) throws InterruptedException {
    ProcessUmask.ownerOnly(); // partition outputs are owner-only, as the store's files
    ConfigurableApplicationContext context;
    try {
      context = start(config);
    } catch (RuntimeException e) {
      return startupFailure(e);
    }
    RemoteProperties remote = context.getBean(RemoteProperties.class);
    WorkerRefusals refusals = context.getBean(WorkerRefusals.class);
    System.out.println("llmspend worker: taking partitions from queue " + remote.queue()
        + " (stop with Ctrl-C)");
    while (context.isActive()) {
      String refused = refusals.await(POLL_MILLIS);
      if (refused != null) {
        context.close();
        System.err.println("llmspend worker: stopped: " + refused);
        return ExitCodes.INPUT_ERROR;
      }
    }
    return ExitCodes.SUCCESS;
  }

  private static ConfigurableApplicationContext start(Path config) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("spring.config.additional-location", "file:" + config.toAbsolutePath());
    return new SpringApplicationBuilder(LlmSpendApplication.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .properties(properties)
        .registerShutdownHook(true)
        .run("--llmspend.remote.worker=true", "--llmspend.remote.enabled=false");
  }

  private static int startupFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException || t instanceof PriceBookException) {
        System.err.println("llmspend worker: did not start: " + t.getMessage());
        return ExitCodes.INPUT_ERROR;
      }
    }
    System.err.println("llmspend worker: did not start: " + e);
    return ExitCodes.INTERNAL_ERROR;
  }
}
