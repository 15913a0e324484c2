package io.llmspend.batch.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * What a worker does with a partition request: run it, drop it (complete already, or its run
 * ended) or refuse it (other settings). The job repository is a mock holding one partition.
 */
class PartitionGuardTest {
  private static final SettingsFingerprint OWN = new SettingsFingerprint("a".repeat(64),
      "price-book aaaa\n");
  private final JobRepository repository = mock(JobRepository.class);
  private final List<Long> ran = new ArrayList<>();

  @Test
  void aPartitionLeftStartedByAKilledWorkerRunsAgain() {
    StepExecution partition = partition(BatchStatus.STARTED, BatchStatus.STARTED, OWN.sha256());

    assertThat(guard(step(null)).handle(request())).isEqualTo(PartitionGuard.Result.RAN);
    assertThat(ran).containsExactly(partition.getId());
  }

  @Test
  void aRedeliveredRequestOfACompletePartitionIsDropped() {
    partition(BatchStatus.STARTED, BatchStatus.COMPLETED, OWN.sha256());

    assertThat(guard(step(null)).handle(request()))
        .isEqualTo(PartitionGuard.Result.ALREADY_COMPLETE);
    assertThat(ran).isEmpty();
  }

  @Test
  void aRequestOfARunThatEndedIsDropped() {
    partition(BatchStatus.FAILED, BatchStatus.STARTING, OWN.sha256());

    assertThat(guard(step(null)).handle(request())).isEqualTo(PartitionGuard.Result.RUN_ENDED);
    assertThat(ran).isEmpty();
  }

  @Test
  void aPartitionMadeWithAnotherPriceBookIsRefused() {
    partition(BatchStatus.STARTED, BatchStatus.STARTING, "b".repeat(64));

    assertThatThrownBy(() -> guard(step(null)).handle(request()))
        .isInstanceOf(PartitionGuard.RefusedException.class)
        .hasMessageContaining("this worker's settings (sha256 aaaaaaaaaaaa) differ from the "
            + "run's (sha256 bbbbbbbbbbbb)");
    assertThat(ran).isEmpty();
  }

  @Test
  void aStepThatThrowsLeavesItsPartitionFailedInTheRepository() {
    StepExecution partition = partition(BatchStatus.STARTED, BatchStatus.STARTING, OWN.sha256());

    guard(step(new IllegalStateException("disk gone"))).handle(request());

    assertThat(partition.getStatus()).isEqualTo(BatchStatus.FAILED);
    verify(repository).update(partition);
  }

  private StepExecution partition(BatchStatus run, BatchStatus status, String fingerprint) {
    JobExecution job = new JobExecution(7, new JobInstance(3, "nightly"), new JobParameters());
    job.setStatus(run);
    StepExecution partition = new StepExecution(42, "ingestPartition:partition0", job);
    partition.setStatus(status);
    partition.getExecutionContext().putString(SettingsFingerprint.KEY, fingerprint);
    when(repository.getStepExecution(42L)).thenReturn(partition);
    return partition;
  }

  private static StepExecutionRequest request() {
    return new StepExecutionRequest("ingestPartition", 42);
  }

  private PartitionGuard guard(Step step) {
    return new PartitionGuard(repository, name -> name.equals(step.getName()) ? step : null, OWN);
  }

  private Step step(RuntimeException failure) {
    return new Step() {
      @Override
      public String getName() {
        return "ingestPartition";
      }

      @Override
      public void execute(StepExecution stepExecution) {
        if (failure != null) {
          throw failure;
        }
        ran.add(stepExecution.getId());
      }
    };
  }
}
