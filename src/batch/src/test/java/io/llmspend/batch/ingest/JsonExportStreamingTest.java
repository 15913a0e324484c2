package io.llmspend.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A LiteLLM or Langfuse JSON export is read one array element at a time (issue 16 §1: a 184 MB
 * export was read whole and needed more than a 512 MB heap). The proof: the first records of an
 * export of 10 GB, generated as it is read and never stored, come back at once; read whole, it
 * would not fit in the test's 2 GB heap.
 */
class JsonExportStreamingTest {
  private static final byte[] RECORD = ("{\"request_id\":\"r\",\"model\":\"gpt-4o\",\"messages\":"
      + "\"" + "x".repeat(1000) + "\"}").getBytes(StandardCharsets.UTF_8);

  @Test
  void theFirstRecordsOfAHugeExportComeBackWithoutReadingItWhole() throws Exception {
    for (String wrapper : List.of("[", "{\"object\":\"list\",\"data\":[")) {
      RecordSource records = RecordSources.open("export.json", endless(wrapper, 10L << 30), 0);
      for (int i = 0; i < 3; i++) {
        assertThat(new String(records.next().bytes(), StandardCharsets.UTF_8))
            .isEqualTo(new String(RECORD, StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void anArrayADataArrayOrOneObject() throws Exception {
    assertThat(read("[{\"a\":1},{\"a\":2}]")).containsExactly("{\"a\":1}", "{\"a\":2}");
    assertThat(read("{\"total\":2,\"data\":[{\"a\":1},{\"a\":2}],\"next\":null}"))
        .containsExactly("{\"a\":1}", "{\"a\":2}");
    assertThat(read("{\"a\":1,\"b\":[1,2]}")).containsExactly("{\"a\":1,\"b\":[1,2]}");
    assertThat(read("[]")).isEmpty();
    assertThat(read("")).isEmpty();
  }

  @Test
  void aFileThatBreaksOffYieldsTheRecordsBeforeTheBreak() throws Exception {
    RecordSource records = open("[{\"a\":1},{\"a\":2},{\"a\":");
    assertThat(records.next()).isNotNull();
    assertThat(records.next()).isNotNull();
    assertThatThrownBy(records::next).isInstanceOf(IOException.class)
        .hasMessageStartingWith("not a JSON file: ");
  }

  private static List<String> read(String json) throws IOException {
    RecordSource records = open(json);
    List<String> all = new ArrayList<>();
    for (LineSplitter.Line line = records.next(); line != null; line = records.next()) {
      all.add(new String(line.bytes(), StandardCharsets.UTF_8));
    }
    return all;
  }

  private static RecordSource open(String json) throws IOException {
    return RecordSources.open("export.json",
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), 0);
  }

  /** {@code wrapper} then records separated by commas, {@code size} bytes in all, made lazily. */
  private static InputStream endless(String wrapper, long size) {
    byte[] head = wrapper.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        if (position >= size) {
          return -1;
        }
        long at = position++;
        if (at < head.length) {
          return head[(int) at];
        }
        long inRecords = (at - head.length) % (RECORD.length + 1);
        return inRecords < RECORD.length ? RECORD[(int) inRecords] : ',';
      }
    };
  }
}
