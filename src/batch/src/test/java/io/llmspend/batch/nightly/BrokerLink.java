package io.llmspend.batch.nightly;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP link to the local RabbitMQ that a test can cut: to its clients, cutting it is RabbitMQ
 * going away (every connection reset, new ones refused) without stopping the broker that other
 * tests and runs on this machine share; {@link #restore} is RabbitMQ back on the same port.
 */
final class BrokerLink implements AutoCloseable {
  private final int port;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile ServerSocket server;

  private BrokerLink(ServerSocket server) {
    this.server = server;
    this.port = server.getLocalPort();
    accept(server);
  }

  /** A link on a free port of 127.0.0.1. */
  static BrokerLink open() throws IOException {
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    return new BrokerLink(server);
  }

  int port() {
    return port;
  }

  /** RabbitMQ gone: connections reset, new ones refused. */
  void cut() throws IOException {
    server.close();
    for (Socket socket : sockets) {
      socket.close();
    }
    sockets.clear();
  }

  /** RabbitMQ back, on the same port. */
  void restore() throws IOException {
    ServerSocket again = new ServerSocket();
    again.setReuseAddress(true);
    again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    server = again;
    accept(again);
  }

  private void accept(ServerSocket listening) {
    Thread acceptor = new Thread(() -> {
      while (!listening.isClosed()) {
        try {
          Socket client = listening.accept();
          Socket broker = new Socket(TestRabbit.HOST, TestRabbit.port());
          sockets.add(client);
          sockets.add(broker);
          pump(client, broker);
          pump(broker, client);
        } catch (IOException e) {
          return; // closed by cut()
        }
      }
    }, "broker-link-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void pump(Socket from, Socket to) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[16384];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // one side closed: close both below
      }
      try {
        from.close();
        to.close();
      } catch (IOException e) {
        // already closed
      }
    }, "broker-link-pump");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws IOException {
    cut();
  }
}
