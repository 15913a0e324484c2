package io.llmspend.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.run.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The nightly ingest on worker processes (docs/scale-out.md): a manager ({@code nightly --workers
 * remote}) and worker JVMs ({@code llmspend worker}) on this machine, over the local RabbitMQ and
 * PostgreSQL, write byte-identical reports to the single-machine run on the same logs (the
 * priced-calls and bad-input fixtures: 27 lines in 8 partitions, {@link ChildRun#config}), also
 * when a worker is killed in the middle of the run or RabbitMQ goes away. RabbitMQ "goes away"
 * through a {@link BrokerLink} the test cuts: stopping the broker itself would cut every other
 * run on this machine too.
 */
class RemoteWorkersTest {
  @TempDir static Path single;
  private static int singleExit;
  @TempDir Path work;
  private final List<Process> children = new ArrayList<>();
  private final String queue = "llmspend.test." + UUID.randomUUID();
  private TestPostgres postgres;
  private BrokerLink link;
  private Path config;

  @BeforeAll
  static void singleMachineRun() throws IOException {
    singleExit = LlmSpendCommand.execute(ChildRun.arguments(single).toArray(String[]::new));
  }

  @BeforeEach
  void sharedServices() throws Exception {
    TestRabbit.require();
    postgres = TestPostgres.start();
    link = BrokerLink.open();
    config = RemoteWorkers.config(work, postgres, link, queue);
  }

  @AfterEach
  void stopAll() throws Exception {
    children.forEach(Process::destroyForcibly);
    if (link != null) {
      link.close();
      TestRabbit.deleteQueue(queue);
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void aManagerAndTwoWorkersWriteTheSingleMachineReports() throws Exception {
    // 27 lines: 17 loaded, 9 quarantined, 1 duplicate (RestartAfterKillTest)
    assertThat(singleExit).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
    Process worker1 = start("worker1", null);
    Process worker2 = start("worker2", null);
    RemoteWorkers.awaitReady(worker1, work, "worker1");
    RemoteWorkers.awaitReady(worker2, work, "worker2");

    assertThat(LlmSpendCommand.execute(manager())).isEqualTo(singleExit);

    assertSameReports();
    // the single-machine run's partitions, each run once, on the workers
    Object partitions = RestartAfterKillTest.jobRepository(single, "select count(*) from "
        + "batch_step_execution where step_name like 'ingestPartition:p%'");
    assertThat((Long) partitions).isGreaterThan(1L);
    assertThat(postgres.scalar("select count(*) from batch_step_execution where step_name "
        + "like 'ingestPartition:p%' and status = 'COMPLETED'")).isEqualTo(partitions);
    assertThat(RemoteWorkers.partitionsRun(work, "worker1")
        + RemoteWorkers.partitionsRun(work, "worker2")).isEqualTo((Long) partitions);
  }

  // ingestPartition.start: killed as it took its first partition (STARTED in the job repository,
  // nothing read): RabbitMQ gives the request back and worker2 reads the partition.
  // ingestPartition.1: killed after committing its first partition's output, before the job
  // repository knew: worker2 finds the output and does not read the partition again.
  // (KillPoint)
  @ParameterizedTest
  @ValueSource(strings = {"ingestPartition.start", "ingestPartition.1"})
  void aWorkerKilledMidPartitionLeavesItToAnother(String point) throws Exception {
    Process worker1 = worker("worker1", point);
    Process manager = ChildRun.start(work, null, "manager", List.of(manager()));
    children.add(manager);
    ChildRun.awaitPause(worker1, work);
    ChildRun.kill(worker1);
    worker("worker2", null);

    assertThat(ChildRun.exitCode(manager)).isEqualTo(singleExit);

    assertSameReports();
    assertThat(Files.readString(work.resolve("worker2.out")))
        .containsPattern("running ingestPartition:p\\d+ \\(execution \\d+, status STARTED\\)");
    assertThat(postgres.scalar("select string_agg(status, ',') from batch_job_execution"))
        .isEqualTo("COMPLETED");
  }

  @Test
  void rabbitMqGoneMidRunFailsTheRunAndTheSameCommandFinishesIt() throws Exception {
    Process worker1 = worker("worker1", "ingestPartition.1");
    Process manager = ChildRun.start(work, null, "manager", List.of(manager()));
    children.add(manager);
    ChildRun.awaitPause(worker1, work);

    link.cut();

    assertThat(ChildRun.exitCode(manager)).isEqualTo(ExitCodes.INTERNAL_ERROR);
    assertThat(Files.readString(work.resolve("manager.out")))
        .contains("lost RabbitMQ while waiting for the workers",
            "Run the same command again to restart it where it stopped");
    ChildRun.kill(worker1);
    link.restore();
    worker("worker2", null);

    assertThat(LlmSpendCommand.execute(manager())).isEqualTo(singleExit);

    assertSameReports();
    assertThat(postgres.scalar("select string_agg(status, ',' order by job_execution_id) "
        + "from batch_job_execution")).isEqualTo("FAILED,COMPLETED");
  }

  @Test
  void aWorkerWithAnotherPriceMappingRefusesThePartitionsAndStops() throws Exception {
    // the same configuration but the deployment priced as gpt-4o instead of gpt-4o-mini
    Path other = Files.writeString(work.resolve("other.yml"), Files.readString(config)
        .replace("\"[support-mini-prod]\": gpt-4o-mini", "\"[support-mini-prod]\": gpt-4o"));
    Process misconfigured = RemoteWorkers.start(work, other, "misconfigured", null);
    children.add(misconfigured);
    RemoteWorkers.awaitReady(misconfigured, work, "misconfigured");
    Process manager = ChildRun.start(work, null, "manager", List.of(manager()));
    children.add(manager);

    assertThat(ChildRun.exitCode(misconfigured)).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(Files.readString(work.resolve("misconfigured.out")))
        .contains("llmspend worker: stopped: refused ingestPartition:p",
            "give the worker the manager's price book and configuration");
    worker("worker1", null); // the refused request went back to the queue: worker1 takes it

    assertThat(ChildRun.exitCode(manager)).isEqualTo(singleExit);
    assertSameReports();
  }

  private String[] manager() throws IOException {
    return RemoteWorkers.manager(work, config).toArray(String[]::new);
  }

  private Process worker(String name, String point) throws Exception {
    Process worker = start(name, point);
    RemoteWorkers.awaitReady(worker, work, name);
    return worker;
  }

  private Process start(String name, String point) throws IOException {
    Process worker = RemoteWorkers.start(work, config, name, point);
    children.add(worker);
    return worker;
  }

  private void assertSameReports() throws IOException {
    Path expected = single.resolve("reports").resolve(ChildRun.DATE);
    Path actual = work.resolve("reports").resolve(ChildRun.DATE);
    try (Stream<Path> files = Files.list(expected)) {
      List<String> csv = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".csv")).sorted().toList();
      assertThat(csv).contains("by_team.csv", "spend_detail.csv", "quarantine.csv");
      for (String file : csv) {
        assertThat(actual.resolve(file)).as(file).hasSameBinaryContentAs(expected.resolve(file));
      }
    }
    assertThat(withoutSeconds(actual.resolve("run-summary.json")))
        .isEqualTo(withoutSeconds(expected.resolve("run-summary.json")));
  }

  private static List<String> withoutSeconds(Path json) throws IOException {
    return Files.readAllLines(json).stream().filter(l -> !l.contains("\"seconds\"")).toList();
  }
}
