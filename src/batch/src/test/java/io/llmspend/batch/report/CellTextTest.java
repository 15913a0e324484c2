package io.llmspend.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "=", "'"})
  void prefixesFormulaStartsAndIsIdempotent(String text) {
    String safe = CellText.neutralize(text);
    if (text.equals("'")) {
      assertThat(safe).isEqualTo("'");
    } else {
      assertThat(safe).isEqualTo("'" + text);
    }
    assertThat(CellText.neutralize(safe)).isEqualTo(safe);
  }

  @ParameterizedTest
  @ValueSource(strings = {"team-a", " =x", "a=b", "", "1.5", "\nx"})
  void leavesOtherTextAlone(String text) {
    assertThat(CellText.neutralize(text)).isSameAs(text);
  }

  @Test
  void keepsNullAndCutsTextLongerThanAnExcelCell() {
    assertThat(CellText.neutralize(null)).isNull();
    assertThat(CellText.fitExcelCell("y".repeat(40_000))).hasSize(32_767);
  }
}
