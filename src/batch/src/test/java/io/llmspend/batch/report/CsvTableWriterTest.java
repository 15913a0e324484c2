package io.llmspend.batch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableWriterTest {

  /** Written by hand from RFC 4180 and the fixture, not copied from the writer's output. */
  private static final String MIXED_CSV = ""
      + "Team,Cost (USD),Tokens,Day,Share,Flag\r\n"
      + "plain,1234567.125000000000,1200000,2025-01-31,0.1250,true\r\n"
      + "\"a,b\",0.000000075000,0,2025-02-01,1.0000,false\r\n"
      + "\"say \"\"hi\"\"\",-2.500000000000,,,,\r\n"
      + "\"line1\nline2\",,,,,\r\n"
      + "'=cmd,,,,,\r\n"
      + "'+1,,,,,\r\n"
      + "'-2,,,,,\r\n"
      + "'@x,,,,,\r\n"
      + "'\ttab,,,,,\r\n"
      + "\"'\rcr\",,,,,\r\n"
      + ",,,,,\r\n"
      + "\"\",,,,,\r\n";

  @TempDir Path dir;
  private InMemoryDuckDb db;
  private final Locale defaultLocale = Locale.getDefault();
  private final CsvTableWriter writer = new CsvTableWriter();

  @BeforeEach
  void open() throws Exception {
    db = new InMemoryDuckDb();
  }

  @AfterEach
  void close() throws Exception {
    Locale.setDefault(defaultLocale);
    db.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE", "fr-FR"})
  void writesExactRfc4180BytesWhateverTheDefaultLocale(String locale) throws Exception {
    Locale.setDefault(Locale.forLanguageTag(locale));

    long rows = writer.write(dir, ReportFixtures.MIXED, db.query(ReportFixtures.MIXED_SQL));

    assertThat(rows).isEqualTo(12);
    byte[] bytes = Files.readAllBytes(dir.resolve("by_team.csv"));
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(MIXED_CSV);
    assertThat(bytes).startsWith("Team".getBytes(StandardCharsets.US_ASCII)); // no BOM
    assertThat(dir.toFile().list()).containsExactly("by_team.csv"); // no temp file left
  }

  @Test
  void writesDoublesHugeintsAndNonAsciiWithoutExponents() throws Exception {
    ReportTable table = new ReportTable("rates", "Rates", List.of(
        new ReportColumn("Rate", "rate", ColumnKind.USD_PRECISE),
        new ReportColumn("Big", "big", ColumnKind.USD),
        new ReportColumn("Total", "total", ColumnKind.INTEGER),
        new ReportColumn("Name", "name", ColumnKind.TEXT)));

    writer.write(dir, table, db.query("select 1e-7::double as rate, 1e21::double as big,"
        + " 12345678901234567890::hugeint as total, 'Zürich – ✓' as name"));

    assertThat(Files.readString(dir.resolve("rates.csv"), StandardCharsets.UTF_8)).isEqualTo(
        "Rate,Big,Total,Name\r\n0.00000010,1000000000000000000000,12345678901234567890,"
            + "Zürich – ✓\r\n");
  }

  @Test
  void writesOnlyTheHeaderForAnEmptyResult() throws Exception {
    long rows = writer.write(dir, ReportFixtures.MIXED,
        db.query(ReportFixtures.MIXED_SQL.replace("order by id", "where id < 0")));

    assertThat(rows).isZero();
    assertThat(Files.readString(dir.resolve("by_team.csv")))
        .isEqualTo("Team,Cost (USD),Tokens,Day,Share,Flag\r\n");
  }

  @Test
  void namesTheMissingColumn() throws Exception {
    assertThatThrownBy(() -> writer.write(dir, ReportFixtures.MIXED, db.query("select 1 as team")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table by_team: query has no column 'COST_USD', only [team]");
    assertThat(dir.toFile().list()).isEmpty();
  }

  @Test
  void aFailedWriteKeepsThePreviousFile() throws Exception {
    Path previous = Files.writeString(dir.resolve("costs.csv"), "old\r\n");
    ReportTable table = new ReportTable("costs", "Costs",
        List.of(new ReportColumn("Cost", "cost", ColumnKind.USD)));

    assertThatThrownBy(() -> writer.write(dir, table,
        db.query("select * from (values ('1.5'), ('oops')) t(cost)")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table costs, column cost: USD column got a String: 1.5");
    assertThat(Files.readString(previous)).isEqualTo("old\r\n");
    assertThat(dir.toFile().list()).containsExactly("costs.csv");
  }
}
