package io.llmspend.batch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportTableTest {

  private static final List<ReportColumn> ONE =
      List.of(new ReportColumn("Team", "team", ColumnKind.TEXT));

  @Test
  void acceptsAThirtyOneCharacterSheetNameAndCopiesColumns() {
    List<ReportColumn> columns = new ArrayList<>(ONE);
    ReportTable table = new ReportTable("by_team", "x".repeat(31), columns);
    columns.clear();
    assertThat(table.columns()).hasSize(1);
    assertThat(table.title()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a[b", "a]b", "a:b", "a*b", "a?b", "a/b", "a\\b", "'ab", "ab'", " "})
  void refusesSheetNamesExcelRefuses(String name) {
    assertThatThrownBy(() -> new ReportTable("t", name, ONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesLongNamesBadStemsNoColumnsAndRepeatedHeaders() {
    assertThatThrownBy(() -> new ReportTable("t", "x".repeat(32), ONE))
        .hasMessageContaining("longer than 31");
    assertThatThrownBy(() -> new ReportTable("By Team", "By team", ONE))
        .hasMessageContaining("stem");
    assertThatThrownBy(() -> new ReportTable("t", "T", List.of()))
        .hasMessageContaining("no columns");
    assertThatThrownBy(() -> new ReportTable("t", "T", List.of(ONE.get(0), ONE.get(0))))
        .hasMessageContaining("repeats a header");
    assertThatThrownBy(() -> new ReportColumn("Cost", "cost", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void keyValueRowsNormalizeTheirValueAndRefuseAMismatch() {
    assertThat(KeyValueRow.integer("Calls", 3).value()).isEqualTo(java.math.BigDecimal.valueOf(3));
    assertThat(KeyValueRow.text("-note", "+x"))
        .isEqualTo(new KeyValueRow("'-note", ColumnKind.TEXT, "'+x"));
    assertThatThrownBy(() -> new KeyValueRow("Cost", ColumnKind.USD, "12"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("USD column got a String: 12");
  }
}
