package io.llmspend.batch.focus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.pricing.PricingProperties;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validates the FOCUS 1.2 export of the sample month (nightly 2026-11-22, then monthly 2026-11 on
 * sample-data/) against the specification: the column facts in
 * {@code src/test/resources/focus/} are taken from the FOCUS 1.2 column files (see SOURCE.md
 * there), the bills from sample-data/provider-exports/{openai,anthropic}/costs-*.json.
 */
class FocusExportTest {
  private static final String CONFIG = "src/test/resources/fixtures/monthly/llmspend-test.yml";
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path work;
  private static Path focus;
  private static byte[] nightlyCsv;
  private static List<String> header;
  private static List<CSVRecord> rows;

  @BeforeAll
  static void exportTheSampleMonth() throws Exception {
    int nightly = LlmSpendCommand.execute("nightly", "--logs", "../../sample-data/request-logs",
        "--exports", "../../sample-data/provider-exports", "--db", db(), "--reports", reports(),
        "--date", "2026-11-22", "--config", CONFIG);
    assertThat(nightly).isNotEqualTo(1).isNotEqualTo(4).isNotEqualTo(5);
    focus = work.resolve("reports/monthly/2026-11/focus");
    nightlyCsv = Files.readAllBytes(focus.resolve("llmspend-focus-1.2-2026-11.csv"));
    assertThat(LlmSpendCommand.execute("monthly", "--month", "2026-11", "--db", db(),
        "--reports", reports(), "--config", CONFIG)).isZero();
    try (Reader in = Files.newBufferedReader(focus.resolve("llmspend-focus-1.2-2026-11.csv"))) {
      var parser = CSVFormat.RFC4180.builder().setHeader().get().parse(in);
      header = parser.getHeaderNames();
      rows = parser.getRecords();
    }
  }

  @Test
  void everyMandatoryColumnIsPresentAndNonNullWhereTheSpecSaysSo() throws IOException {
    for (CSVRecord spec : spec("focus-1.2-columns.csv")) {
      String column = spec.get("column");
      if (spec.get("feature_level").equals("Mandatory")) {
        assertThat(header).as("Mandatory %s", column).contains(column);
      }
      if (header.contains(column) && spec.get("allows_nulls").equals("False")) {
        assertThat(rows).as("%s never null", column).allMatch(r -> !r.get(column).isEmpty());
      }
    }
    var known = spec("focus-1.2-columns.csv").stream().map(r -> r.get("column")).toList();
    assertThat(header).allMatch(c -> known.contains(c) || c.startsWith("x_"));
  }

  @Test
  void valuesHaveTheSpecsFormats() throws IOException {
    for (CSVRecord spec : spec("focus-1.2-columns.csv")) {
      String column = spec.get("column");
      if (!header.contains(column)) {
        continue;
      }
      Pattern format = switch (spec.get("data_type")) {
        case "Decimal" -> DECIMAL;
        case "Date/Time" -> DATE_TIME;
        default -> null;
      };
      for (CSVRecord row : rows) {
        String value = row.get(column);
        if (format != null && !value.isEmpty()) {
          assertThat(value).as(column).matches(format);
        }
        if (spec.get("data_type").equals("JSON") && !value.isEmpty()) {
          JsonNode object = JSON.readTree(value);
          assertThat(object.isObject()).as(column).isTrue();
          object.forEach(v -> assertThat(v.isContainerNode()).as(column).isFalse());
        }
      }
    }
    Map<String, List<String>> allowed = spec("focus-1.2-allowed-values.csv").stream().collect(
        Collectors.groupingBy(r -> r.get("column"),
            Collectors.mapping(r -> r.get("value"), Collectors.toList())));
    allowed.forEach((column, values) -> assertThat(rows).as(column)
        .allMatch(r -> r.get(column).isEmpty() || values.contains(r.get(column))));
    assertThat(rows).extracting(r -> r.get("ChargeCategory")).containsOnly("Usage", "Adjustment");
    assertThat(rows).extracting(r -> r.get("ChargeClass")).containsOnly("");
    assertThat(rows).extracting(r -> r.get("BillingCurrency")).containsOnly("USD");
    assertThat(rows).extracting(r -> r.get("BillingPeriodStart") + " " + r.get("BillingPeriodEnd"))
        .containsOnly("2026-11-01T00:00:00Z 2026-12-01T00:00:00Z");
    assertThat(rows).allMatch(r -> LocalDate.parse(r.get("ChargePeriodStart").substring(0, 10))
        .plusDays(1).toString().concat("T00:00:00Z").equals(r.get("ChargePeriodEnd")));
  }

  @Test
  void usageRowsFollowTheConditionalRules() {
    for (CSVRecord row : rows) {
      boolean usage = row.get("ChargeCategory").equals("Usage");
      for (String column : List.of("ConsumedQuantity", "ConsumedUnit", "ListUnitPrice",
          "PricingQuantity", "PricingUnit", "PricingCategory", "SkuId", "SkuPriceId", "SkuMeter",
          "SkuPriceDetails")) {
        assertThat(row.get(column).isEmpty()).as(column + " of " + row).isEqualTo(!usage);
      }
      if (usage) {
        assertThat(row.get("ConsumedUnit")).isEqualTo("Tokens");
        assertThat(row.get("PricingUnit")).isEqualTo("1000000 Tokens");
        // PricingQuantity is in millions of tokens; ListUnitPrice x PricingQuantity = ListCost
        assertThat(new BigDecimal(row.get("PricingQuantity")).movePointRight(6))
            .isEqualByComparingTo(row.get("ConsumedQuantity"));
        assertThat(new BigDecimal(row.get("ListUnitPrice"))
            .multiply(new BigDecimal(row.get("PricingQuantity"))))
            .isEqualByComparingTo(row.get("ListCost"));
        assertThat(row.get("SkuPriceId")).startsWith(row.get("SkuId") + "/");
      }
      assertThat(row.get("EffectiveCost")).isEqualTo(row.get("BilledCost"));
    }
    assertThat(rows).extracting(r -> r.get("SkuMeter")).containsOnly("", "Input Tokens",
        "Cache Read Input Tokens", "Cache Write Input Tokens", "Output Tokens");
  }

  @Test
  void billedCostSumsToTheLoadedBillPerProviderBillingPeriodAndDay() {
    // The bills in sample-data/provider-exports/*/costs-*.json, per UTC day (overlapping pages
    // counted once; Anthropic amounts are cents):
    // anthropic 1.67120955 + 1.6526905 + 1.58874245 + 1.5948592 + 1.6810768 + 0.9342065
    //   + 0.87949685 = 10.00228185 (2026-11-16 .. 22)
    // openai 4.55285885 + 4.415360975 + 4.29309395 + 4.249041 + 4.26622215 + 1.669001625
    //   + 1.461463025 = 24.907041575
    Map<String, BigDecimal> reconciled = sum(r -> r.get("BillingAccountId") + " "
        + r.get("BillingPeriodStart").substring(0, 7), "Reconciled");
    assertThat(reconciled).hasSize(2);
    assertThat(reconciled.get("anthropic 2026-11")).isEqualByComparingTo("10.00228185");
    assertThat(reconciled.get("openai 2026-11")).isEqualByComparingTo("24.907041575");
    Map<String, BigDecimal> byDay = sum(r -> r.get("BillingAccountId") + " "
        + r.get("ChargePeriodStart").substring(0, 10), "Reconciled");
    assertThat(byDay.get("anthropic 2026-11-21")).isEqualByComparingTo("0.9342065");
    assertThat(byDay.get("openai 2026-11-16")).isEqualByComparingTo("4.55285885");
    // usage at list price (as MonthlyProviderBillTest: anthropic 8.2070947, openai 24.751188675)
    // plus the adjustment rows: 10.00228185 - 8.2070947 = 1.79518715; 24.907041575
    // - 24.751188675 = 0.1558529
    assertThat(sumWhere("anthropic", "Adjustment")).isEqualByComparingTo("1.79518715");
    assertThat(sumWhere("openai", "Adjustment")).isEqualByComparingTo("0.1558529");
    assertThat(rows).filteredOn(r -> r.get("ChargeCategory").equals("Adjustment"))
        .allMatch(r -> r.get("x_Reconciliation").equals("Reconciled")
            && r.get("ChargeDescription").contains("cost export"));
  }

  @Test
  void providersWithoutALoadedBillAreMarkedUnreconciledAtListPrice() {
    // azure_openai and google have no cost export in sample-data: their rows are estimates
    assertThat(rows).filteredOn(r -> r.get("x_Reconciliation").equals("Unreconciled"))
        .extracting(r -> r.get("BillingAccountId")).containsOnly("azure_openai", "google");
    assertThat(rows).filteredOn(r -> r.get("ChargeCategory").equals("Usage"))
        .allMatch(r -> r.get("BilledCost").equals(r.get("ListCost")));
    // every priced call of the month is in the usage rows: the Cover's spend 82.498491725 =
    // anthropic 8.2070947 + openai 24.751188675 + azure_openai 22.314435 + google 27.22577335
    BigDecimal list = rows.stream().filter(r -> r.get("ChargeCategory").equals("Usage"))
        .map(r -> new BigDecimal(r.get("ListCost"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(list).isEqualByComparingTo("82.498491725");
    assertThat(sumWhere("azure_openai", "Usage")).isEqualByComparingTo("22.314435");
  }

  @Test
  void attributionIsInTagsAndExtensionColumns() throws IOException {
    CSVRecord row = rows.stream().filter(r -> r.get("x_Team").equals("support")).findFirst()
        .orElseThrow();
    JsonNode tags = JSON.readTree(row.get("Tags"));
    assertThat(tags.get("team").asText()).isEqualTo("support");
    assertThat(tags.get("function").asText()).isEqualTo(row.get("x_Function"));
    assertThat(tags.has("user")).isEqualTo(!row.get("x_User").isEmpty());
  }

  @Test
  void nightlyWritesTheMonthToDateAndParquetHoldsTheSameRows() throws Exception {
    // the sample's last day is 2026-11-22: the month to date is the whole month
    assertThat(nightlyCsv)
        .isEqualTo(Files.readAllBytes(focus.resolve("llmspend-focus-1.2-2026-11.csv")));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select count(*), sum(\"BilledCost\"), "
            + "typeof(any_value(\"ChargePeriodStart\")), typeof(any_value(\"BilledCost\")) "
            + "from read_parquet('" + focus.resolve("llmspend-focus-1.2-2026-11.parquet") + "')")) {
      r.next();
      assertThat(r.getLong(1)).isEqualTo(rows.size());
      // 82.498491725 usage + 1.79518715 + 0.1558529 adjustments
      assertThat(r.getBigDecimal(2)).isEqualByComparingTo("84.449531775");
      assertThat(r.getString(3)).isEqualTo("TIMESTAMP WITH TIME ZONE");
      assertThat(r.getString(4)).startsWith("DECIMAL");
    }
  }

  @Test
  void version13AddsServiceAndHostProviderName() throws Exception {
    Path out = work.resolve("v13");
    try (DuckDbStore store = DuckDbStore.open(Path.of(db()))) {
      store.runLayer("staging");
      new FocusTasklet(store, PricingProperties.defaults().readPriceBook(), out,
          List.of(FocusVersion.V1_3)).export(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 30));
    }
    Path file = FocusFiles.folder(out, YearMonth.of(2026, 11))
        .resolve("llmspend-focus-1.3-2026-11.csv");
    try (Reader in = Files.newBufferedReader(file)) {
      var parser = CSVFormat.RFC4180.builder().setHeader().get().parse(in);
      List<String> names = new ArrayList<>(parser.getHeaderNames());
      assertThat(names).contains("ServiceProviderName", "HostProviderName", "ProviderName");
      names.removeAll(List.of("ServiceProviderName", "HostProviderName"));
      assertThat(names).containsExactlyInAnyOrderElementsOf(header);
      assertThat(parser.getRecords()).hasSize(rows.size())
          .filteredOn(r -> r.get("BillingAccountId").equals("azure_openai"))
          .allMatch(r -> r.get("ServiceProviderName").equals("Microsoft")
              && r.get("PublisherName").equals("OpenAI"));
    }
  }

  private static Map<String, BigDecimal> sum(
      java.util.function.Function<CSVRecord, String> key, String reconciliation) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    rows.stream().filter(r -> r.get("x_Reconciliation").equals(reconciliation))
        .forEach(r -> sums.merge(key.apply(r), new BigDecimal(r.get("BilledCost")),
            BigDecimal::add));
    return sums;
  }

  private static BigDecimal sumWhere(String provider, String category) {
    return rows.stream().filter(r -> r.get("BillingAccountId").equals(provider)
            && r.get("ChargeCategory").equals(category))
        .map(r -> new BigDecimal(r.get("BilledCost"))).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static List<CSVRecord> spec(String file) throws IOException {
    try (Reader in = Files.newBufferedReader(Path.of("src/test/resources/focus", file))) {
      return CSVFormat.RFC4180.builder().setHeader().get().parse(in).getRecords();
    }
  }

  private static String db() {
    return work.resolve("s.duckdb").toString();
  }

  private static String reports() {
    return work.resolve("reports").toString();
  }
}
