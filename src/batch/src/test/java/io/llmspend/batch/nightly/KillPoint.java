package io.llmspend.batch.nightly;

import io.llmspend.batch.cli.LlmSpendCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.core.step.tasklet.TaskletStep;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.function.ThrowingSupplier;

/**
 * Test-only main of a child run ({@link ChildRun}) that stops dead at a named point, so the test
 * can kill it there ({@code kill -9}). The product has no such hook: this main adds a Spring Batch
 * listener to one step of the run's context (a {@link SpringApplication#withHook hook} around
 * {@link LlmSpendCommand#execute}), which writes the point's name to a marker file and sleeps until
 * the process is killed.
 *
 * <p>Points:
 * <ul>
 *   <li>{@code <step>.chunk.<n>} (a chunk step, e.g. {@code ingest.chunk.3}): after chunk n is
 *       written (the writer committed it to DuckDB), before the job repository records it
 *       ({@link ItemWriteListener#afterWrite});
 *   <li>{@code <step>.<n>} (a tasklet step that runs once per partition, e.g. {@code
 *       ingestPartition.4}): after the n-th partition this process ran has done its work (its
 *       output committed), before the job repository records it; the other partitions go on on
 *       their threads ({@link ChunkListener#afterChunk(ChunkContext)});
 *   <li>{@code <step>.start} (any step, e.g. {@code ingestPartition.start} in a worker): the job
 *       repository has the step execution STARTED, nothing of its work is done ({@link
 *       StepExecutionListener#beforeStep});
 *   <li>{@code <step>} (a tasklet step, e.g. {@code ingest}, {@code attribute}, {@code detect},
 *       {@code report}):
 *       the tasklet's work is done (its tables and files written), the job repository has not
 *       recorded the step completed, so a restart runs it again ({@link
 *       ChunkListener#afterChunk(ChunkContext)}, after the tasklet's transaction).
 *       ({@code afterStep} would be too late: Spring Batch 6 records the step completed before
 *       it, and the job's execution context after it.)
 * </ul>
 * A point that names no step of the job is never reached: the child ends without pausing.
 *
 * <p>And {@code <step>.recorded} (a tasklet step, e.g. {@code attribute.recorded}): the job
 * repository has recorded the step completed, so a restart skips it, but not yet the job's
 * execution context, which Spring Batch saves once the step has returned ({@link
 * StepExecutionListener#afterStep}, which Spring Batch 6 calls after recording the step).
 *
 * <p>Arguments: the point, the marker file, then the {@code llmspend} command line.
 */
final class KillPoint {
  private KillPoint() {}

  public static void main(String[] args) {
    String point = args[0];
    Path marker = Path.of(args[1]);
    String[] command = Arrays.copyOfRange(args, 2, args.length);
    BeanPostProcessor listeners = new Listeners(point, marker);
    int code = SpringApplication.withHook(application -> new SpringApplicationRunListener() {
      @Override
      public void contextPrepared(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(listeners);
      }
    }, (ThrowingSupplier<Integer>) () -> LlmSpendCommand.execute(command));
    System.exit(code);
  }

  /** Adds the pausing listener to the step the point names, as the step bean is created. */
  private record Listeners(String point, Path marker) implements BeanPostProcessor {
    @Override
    @SuppressWarnings("unchecked")
    public Object postProcessAfterInitialization(Object bean, String beanName) {
      if (bean instanceof TaskletStep step && point.equals(step.getName() + ".recorded")) {
        step.registerStepExecutionListener(afterRecorded());
        return bean;
      }
      if (bean instanceof ChunkOrientedStep<?, ?> step
          && point.startsWith(step.getName() + ".chunk.")) {
        int chunk = Integer.parseInt(point.substring(step.getName().length() + ".chunk.".length()));
        ((ChunkOrientedStep<Object, Object>) step).registerItemWriteListener(
            afterChunk(chunk));
      } else if (bean instanceof TaskletStep step && point.equals(step.getName())) {
        step.registerChunkListener(afterTasklet(1));
      } else if (bean instanceof TaskletStep step && point.startsWith(step.getName() + ".")
          && point.substring(step.getName().length() + 1).matches("[0-9]+")) {
        step.registerChunkListener(
            afterTasklet(Integer.parseInt(point.substring(step.getName().length() + 1))));
      } else if (bean instanceof AbstractStep step && point.equals(step.getName() + ".start")) {
        step.registerStepExecutionListener(new StepExecutionListener() {
          @Override
          public void beforeStep(StepExecution stepExecution) {
            pause();
          }
        });
      }
      return bean;
    }

    private StepExecutionListener afterRecorded() {
      return new StepExecutionListener() {
        @Override
        public ExitStatus afterStep(StepExecution stepExecution) {
          if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
            pause();
          }
          return null;
        }
      };
    }

    private ItemWriteListener<Object> afterChunk(int chunk) {
      AtomicInteger written = new AtomicInteger();
      return new ItemWriteListener<>() {
        @Override
        public void afterWrite(Chunk<?> items) {
          if (written.incrementAndGet() == chunk) {
            pause();
          }
        }
      };
    }

    private ChunkListener<Object, Object> afterTasklet(int nth) {
      AtomicInteger done = new AtomicInteger();
      return new ChunkListener<>() {
        @Override
        public void afterChunk(ChunkContext context) {
          if (done.incrementAndGet() == nth) {
            pause();
          }
        }
      };
    }

    private void pause() {
      System.err.println("paused at " + point + ": waiting to be killed");
      try {
        Files.writeString(marker, point);
        while (true) {
          Thread.sleep(60_000);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted at kill point " + point, e);
      }
    }
  }
}
