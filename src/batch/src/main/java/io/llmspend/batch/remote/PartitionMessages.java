package io.llmspend.batch.remote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * The body of a partition request on the queue: {@code {"step":"ingestPartition",
 * "stepExecutionId":42}} as UTF-8 text. Plain JSON, never Java serialization: a worker
 * deserializes nothing but two fields, whoever wrote to the queue. Stateless, thread-safe.
 */
final class PartitionMessages {
  private static final Pattern BODY = Pattern.compile(
      "\\{\"step\":\"([A-Za-z0-9_.:-]{1,200})\",\"stepExecutionId\":([0-9]{1,18})}");

  private PartitionMessages() {}

  static String encode(StepExecutionRequest request) {
    return "{\"step\":\"" + request.getStepName() + "\",\"stepExecutionId\":"
        + request.getStepExecutionId() + "}";
  }

  /** @throws IllegalArgumentException when {@code body} is not a partition request */
  static StepExecutionRequest decode(String body) {
    Matcher matcher = BODY.matcher(body.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a partition request: "
          + body.substring(0, Math.min(body.length(), 200)));
    }
    return new StepExecutionRequest(matcher.group(1), Long.parseLong(matcher.group(2)));
  }
}
