package io.llmspend.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "=", "'",
      "\uFF1DHYPERLINK(\"http://x\")", "\uFF0B1", "\uFF0D2", "\uFF20SUM(A1)"})
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
  void controlCharactersFromTheLogsAreWrittenAsVisibleEscapes() {
    assertThat(CellText.neutralize("team\u001b[2J\u0000\u0007x")).isEqualTo("team\\x1B[2J\\x00\\x07x");
    assertThat(CellText.neutralize("\u001b=cmd")).isEqualTo("\\x1B=cmd");
    assertThat(CellText.neutralize("two\r\nlines")).isEqualTo("two\r\nlines");
  }

  @Test
  void keepsNullAndCutsTextLongerThanAnExcelCell() {
    assertThat(CellText.neutralize(null)).isNull();
    assertThat(CellText.fitExcelCell("y".repeat(40_000))).hasSize(32_767);
  }
}
