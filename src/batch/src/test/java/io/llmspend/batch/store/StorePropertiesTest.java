package io.llmspend.batch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorePropertiesTest {
  @TempDir Path work;

  @Test
  void theMemoryLimitIsDuckDbs() throws Exception {
    try (DuckDbStore store = DuckDbStore.open(work.resolve("s.duckdb"))) {
      store.limitMemory(new StoreProperties("512MiB").memoryLimit());
      try (Statement s = store.connection().createStatement();
          ResultSet rs = s.executeQuery("select current_setting('memory_limit')")) {
        rs.next();
        // DuckDB shows 512 MiB in its own unit
        assertThat(rs.getString(1)).isEqualTo("512.0 MiB");
      }
    }
  }

  @Test
  void aLimitThatIsNoSizeIsRefused() {
    assertThatThrownBy(() -> new StoreProperties("lots"))
        .hasMessageContaining("llmspend.store.memory-limit must be a size");
    assertThat(new StoreProperties(null).memoryLimit()).isNull();
  }
}
