package io.llmspend.batch.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/** The partition request's text on the queue: two fields of JSON, nothing deserialized. */
class PartitionMessagesTest {

  @Test
  void aRequestIsTwoFieldsOfJson() {
    String body = PartitionMessages.encode(new StepExecutionRequest("ingestPartition", 42));

    assertThat(body).isEqualTo("{\"step\":\"ingestPartition\",\"stepExecutionId\":42}");
    StepExecutionRequest read = PartitionMessages.decode(body);
    assertThat(read.getStepName()).isEqualTo("ingestPartition");
    assertThat(read.getStepExecutionId()).isEqualTo(42L);
  }

  @Test
  void anythingElseIsNotARequest() {
    assertThatThrownBy(() -> PartitionMessages.decode("\u00ac\u00ed\u0000\u0005sr"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a partition");
    assertThatThrownBy(() -> PartitionMessages.decode(
        "{\"step\":\"x\",\"stepExecutionId\":42,\"more\":1}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
