package io.llmspend.batch.nightly;

import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.FlowJobBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.step.Step;

/**
 * Steps run one after another, as a simple job runs them, with one early end: each step goes on
 * to the next when it completed (with or without skips: {@code COMPLETED*}), any other exit
 * fails the job, and one step may end the job, completed, on an exit status of its own.
 */
final class StepSequence {
  /** {@code COMPLETED} and {@code COMPLETED WITH SKIPS}. */
  private static final String COMPLETED = "COMPLETED*";

  private StepSequence() {}

  /**
   * @param builder the job's builder
   * @param endAfter the step that may end the job early
   * @param endStatus the exit status of {@code endAfter} that ends it
   * @param steps the steps in order
   */
  static Job of(JobBuilder builder, Step endAfter, String endStatus, List<Step> steps) {
    FlowBuilder<FlowJobBuilder> flow = builder.flow(steps.get(0));
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      if (step == endAfter) {
        flow.from(step).on(endStatus).end();
      }
      if (i + 1 < steps.size()) {
        flow.from(step).on(COMPLETED).to(steps.get(i + 1));
      } else {
        flow.from(step).on(COMPLETED).end();
      }
      flow.from(step).on("*").fail();
    }
    return flow.end().build();
  }
}
