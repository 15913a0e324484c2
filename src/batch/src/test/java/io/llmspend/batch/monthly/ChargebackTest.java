package io.llmspend.batch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.monthly.Chargeback.Line;
import io.llmspend.batch.monthly.MonthlyProperties.UntaggedRule;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChargebackTest {
  private static final List<Line> DIRECT = List.of(
      line("B", "3.000000000000"), line("A", "6.000000000000"), line("C", "1.000000000000"));

  @Test
  void proportionalSpreadsUntaggedSpendExactlyWithTheRemainderOnTheLargest() {
    List<Line> lines = Chargeback.allocate(DIRECT, new BigDecimal("1.000000000000"),
        UntaggedRule.PROPORTIONAL);

    // tagged 10: C gets 1 x 1/10 = 0.1, B gets 1 x 3/10 = 0.3, A the rest: 1 - 0.4 = 0.6
    assertThat(lines).extracting(Line::costCenter).containsExactly("A", "B", "C");
    assertThat(lines).extracting(Line::allocatedUsd).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("0.6"), new BigDecimal("0.3"), new BigDecimal("0.1"));
  }

  @Test
  void aShareThatDoesNotDivideEvenlyStillTiesOut() {
    List<Line> lines = Chargeback.allocate(List.of(line("A", "1"), line("B", "1"),
        line("C", "1")), new BigDecimal("1"), UntaggedRule.PROPORTIONAL);

    // B and C get 1/3 rounded to 12 places = 0.333333333333 each; A gets 1 - 0.666666666666
    assertThat(lines.get(0).allocatedUsd()).isEqualByComparingTo("0.333333333334");
    assertThat(lines.get(1).allocatedUsd()).isEqualByComparingTo("0.333333333333");
    assertThat(lines.stream().map(Line::chargedUsd).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("4");
  }

  @Test
  void unallocatedKeepsUntaggedSpendOnItsOwnLine() {
    List<Line> lines = Chargeback.allocate(DIRECT, new BigDecimal("2.5"),
        UntaggedRule.UNALLOCATED);

    assertThat(lines).extracting(Line::costCenter).containsExactly("A", "B", "C",
        "(unallocated)");
    assertThat(lines.get(3).chargedUsd()).isEqualByComparingTo("2.5");
    assertThat(lines.get(0).allocatedUsd()).isEqualByComparingTo("0");
  }

  private static Line line(String costCenter, String usd) {
    return new Line(costCenter, costCenter.toLowerCase(), new BigDecimal(usd), BigDecimal.ZERO);
  }
}
