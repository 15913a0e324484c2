package io.llmspend.batch.nightly;

import static org.junit.jupiter.api.Assertions.fail;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Assumptions;

/**
 * The local RabbitMQ for the scale-out tests: 127.0.0.1:5672 (guest/guest), as {@code .ci/run}
 * starts it; another port by {@code LLMSPEND_TEST_RABBITMQ_PORT}. Without it, a test is skipped on
 * a laptop and FAILS when {@code CI=true}: a skipped test is not a pass. Each test uses a queue of
 * its own and deletes it.
 */
final class TestRabbit {
  static final String HOST = "127.0.0.1";

  private TestRabbit() {}

  static int port() {
    String port = System.getenv("LLMSPEND_TEST_RABBITMQ_PORT");
    return port == null || port.isBlank() ? 5672 : Integer.parseInt(port);
  }

  /** Skips (or in CI fails) the test when RabbitMQ does not answer. */
  static void require() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(HOST, port()), 2000);
      return;
    } catch (IOException e) {
      String why = "no RabbitMQ on " + HOST + ":" + port() + " (see .ci/run): " + e.getMessage();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true and " + why + ": the scale-out tests must run in CI");
      }
      Assumptions.abort(why);
    }
  }

  /** Deletes {@code queue} and what is left in it. */
  static void deleteQueue(String queue) throws IOException, TimeoutException {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost(HOST);
    factory.setPort(port());
    try (Connection connection = factory.newConnection();
        Channel channel = connection.createChannel()) {
      channel.queueDelete(queue);
    }
  }

  /** The messages waiting in {@code queue} (declaring it, durable, if it does not exist). */
  static long waiting(String queue) throws IOException, TimeoutException {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost(HOST);
    factory.setPort(port());
    try (Connection connection = factory.newConnection();
        Channel channel = connection.createChannel()) {
      return channel.queueDeclare(queue, true, false, false, null).getMessageCount();
    }
  }
}
