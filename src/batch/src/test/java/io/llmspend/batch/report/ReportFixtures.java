package io.llmspend.batch.report;

import java.util.List;

/**
 * The mixed-value query both writer tests share. Hand-made to cover what must survive: exact
 * DECIMAL(38,12) money (large and tiny), BIGINT, DATE, fractions, booleans, text needing CSV
 * quoting, text starting with a formula character, NULLs and an empty string.
 */
final class ReportFixtures {

  static final String MIXED_SQL = """
      select * from (values
        (1, 'plain', 1234567.125::decimal(38,12), 1200000::bigint, date '2025-01-31',
            0.125::decimal(5,4), true),
        (2, 'a,b', 0.000000075::decimal(38,12), 0::bigint, date '2025-02-01',
            1::decimal(5,4), false),
        (3, 'say "hi"', -2.5::decimal(38,12), null, null, null, null),
        (4, 'line1' || chr(10) || 'line2', null, null, null, null, null),
        (5, '=cmd', null, null, null, null, null),
        (6, '+1', null, null, null, null, null),
        (7, '-2', null, null, null, null, null),
        (8, '@x', null, null, null, null, null),
        (9, chr(9) || 'tab', null, null, null, null, null),
        (10, chr(13) || 'cr', null, null, null, null, null),
        (11, null, null, null, null, null, null),
        (12, '', null, null, null, null, null)
      ) t(id, team, cost_usd, tokens, day, share, flag)
      order by id
      """;

  /** Columns in an order other than the query's, found by label. */
  static final List<ReportColumn> MIXED_COLUMNS = List.of(
      new ReportColumn("Team", "team", ColumnKind.TEXT),
      new ReportColumn("Cost (USD)", "COST_USD", ColumnKind.USD),
      new ReportColumn("Tokens", "tokens", ColumnKind.INTEGER),
      new ReportColumn("Day", "day", ColumnKind.DATE),
      new ReportColumn("Share", "share", ColumnKind.PERCENT),
      new ReportColumn("Flag", "flag", ColumnKind.BOOLEAN));

  static final ReportTable MIXED = new ReportTable("by_team", "By team", MIXED_COLUMNS,
      "Spend by team");

  private ReportFixtures() {}
}
