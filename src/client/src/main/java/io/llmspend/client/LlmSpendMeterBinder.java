package io.llmspend.client;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;

/**
 * Publishes the counts of a guard ({@code llmspend.guard.*}) and of a request-log writer ({@code
 * llmspend.requestlog.*}, with the queue's current size as a gauge) to Micrometer. Micrometer is
 * an optional dependency: load this class only when the application has it.
 *
 * <pre>{@code
 * new LlmSpendMeterBinder(guard, writer).bindTo(meterRegistry);
 * }</pre>
 *
 * @param guard the guard, or {@code null}
 * @param writer the writer, or {@code null}
 */
public record LlmSpendMeterBinder(BudgetGuard guard, RequestLogWriter writer)
    implements MeterBinder {

  @Override
  public void bindTo(MeterRegistry registry) {
    if (guard != null) {
      GuardMetrics m = guard.metrics();
      guardCounter(registry, "reserved", m, GuardMetrics::reserved);
      guardCounter(registry, "refused", m, GuardMetrics::refused);
      guardCounter(registry, "soft.exceeded", m, GuardMetrics::softExceeded);
      guardCounter(registry, "unavailable.allowed", m, GuardMetrics::unavailableAllowed);
      guardCounter(registry, "unavailable.refused", m, GuardMetrics::unavailableRefused);
      guardCounter(registry, "settled", m, GuardMetrics::settled);
      guardCounter(registry, "released", m, GuardMetrics::released);
      guardCounter(registry, "settle.failed", m, GuardMetrics::settleFailed);
      guardCounter(registry, "unpriced", m, GuardMetrics::unpriced);
    }
    if (writer != null) {
      WriterMetrics m = writer.metrics();
      writerCounter(registry, "queued", m, WriterMetrics::queued);
      writerCounter(registry, "written", m, WriterMetrics::written);
      writerCounter(registry, "dropped", m, WriterMetrics::dropped);
      writerCounter(registry, "failed", m, WriterMetrics::failed);
      writerCounter(registry, "rolled", m, WriterMetrics::rolled);
      Gauge.builder("llmspend.requestlog.queue.size", writer, RequestLogWriter::queueSize)
          .description("lines waiting for the writer thread").register(registry);
    }
  }

  private static void guardCounter(MeterRegistry registry, String name, GuardMetrics m,
      ToDoubleFunction<GuardMetrics> f) {
    FunctionCounter.builder("llmspend.guard." + name, m, f).register(registry);
  }

  private static void writerCounter(MeterRegistry registry, String name, WriterMetrics m,
      ToDoubleFunction<WriterMetrics> f) {
    FunctionCounter.builder("llmspend.requestlog." + name, m, f).register(registry);
  }
}
