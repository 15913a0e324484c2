package io.llmspend.batch.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The report pages (GET only; who sees which is in {@link WebSecurityConfiguration}). */
@Controller
@ConditionalOnWebApplication
class ReportPagesController {
  /** The recommendation columns the page shows; every column is in the CSV (nightly zip). */
  static final List<String> RECOMMENDATION_COLUMNS = List.of("Rank", "Id", "Kind", "Team",
      "Function", "Provider", "Model", "Savings per month", "Confidence", "Fix");
  private final ReportFiles files;
  private final RunHistory runs;

  ReportPagesController(ReportFiles files, RunHistory runs) {
    this.files = files;
    this.runs = runs;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("months", files.months());
    model.addAttribute("dates", files.dates());
    return "web/home";
  }

  @GetMapping("/months")
  String months(Model model) {
    model.addAttribute("months", files.months().stream().map(this::month).toList());
    return "web/months";
  }

  @GetMapping("/months/{month}")
  String month(@PathVariable String month, Model model) {
    YearMonth m = ReportFiles.month(month).filter(files.months()::contains)
        .orElseThrow(ReportPagesController::notFound);
    model.addAttribute("month", month(m));
    model.addAttribute("chargeback", PageText.of(table(files.monthlyFolder(m)
        .resolve("monthly_by_cost_center.csv")), Set.of("Share of spend")));
    model.addAttribute("bill", PageText.of(table(files.monthlyFolder(m)
        .resolve("monthly_provider_bill.csv")), Set.of("Variance")));
    return "web/month";
  }

  @GetMapping("/nightly")
  String nightly(Model model) {
    model.addAttribute("nights", files.dates().stream().map(d -> new Night(d,
        files.nightlyWorkbook(d).isPresent(),
        !files.csvFiles(files.nightlyFolder(d)).isEmpty())).toList());
    return "web/nightly";
  }

  @GetMapping("/recommendations")
  String recommendations(@RequestParam(required = false) String q,
      @RequestParam(required = false) String kind, @RequestParam(required = false) String team,
      @RequestParam(defaultValue = "Savings per month") String sort,
      @RequestParam(defaultValue = "desc") String dir, Model model) {
    Optional<Path> file = files.latestNightlyCsv("recommendations.csv");
    CsvTable all = file.map(CsvTable::read).orElse(CsvTable.empty());
    CsvTable shown = all.where("Kind", kind).where("Team", team).containing(q)
        .sortedBy(sort, !"asc".equals(dir)).select(RECOMMENDATION_COLUMNS);
    model.addAttribute("date", file.map(f -> f.getParent().getFileName().toString()).orElse(null));
    model.addAttribute("table", PageText.of(shown, Set.of()));
    model.addAttribute("kinds", all.values("Kind"));
    model.addAttribute("teams", all.values("Team"));
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("kind", kind == null ? "" : kind);
    model.addAttribute("team", team == null ? "" : team);
    model.addAttribute("sort", sort);
    model.addAttribute("dir", "asc".equals(dir) ? "asc" : "desc");
    model.addAttribute("shownSavings", shown.sum("Savings per month"));
    model.addAttribute("allSavings", all.sum("Savings per month"));
    model.addAttribute("allCount", all.rows().size());
    return "web/recommendations";
  }

  @GetMapping("/budgets")
  String budgets(Model model) {
    Optional<Path> file = files.latestNightlyCsv("budgets.csv");
    model.addAttribute("date", file.map(f -> f.getParent().getFileName().toString()).orElse(null));
    model.addAttribute("table", PageText.of(file.map(CsvTable::read).orElse(CsvTable.empty()),
        Set.of("Percent used", "Forecast percent")));
    return "web/budgets";
  }

  @GetMapping("/runs")
  String runs(Model model) {
    try {
      model.addAttribute("runs", runs.runs());
    } catch (DataAccessException e) {
      model.addAttribute("runs", List.of());
      model.addAttribute("unavailable", "The job repository cannot be read now (no run yet, or "
          + "a run holds it): " + e.getMostSpecificCause().getMessage());
    }
    return "web/runs";
  }

  /** Spend by day of a month: the monthly table when written, else the nightly month to date. */
  @GetMapping("/spend")
  String spend(@RequestParam(required = false) String month, Model model) {
    List<YearMonth> months = files.months();
    YearMonth m = month == null || month.isBlank()
        ? months.stream().findFirst().orElse(files.dates().stream().findFirst()
            .map(YearMonth::from).orElse(null))
        : ReportFiles.month(month).orElseThrow(ReportPagesController::notFound);
    CsvTable byDay = CsvTable.empty();
    String source = null;
    if (m != null) {
      Path monthly = files.monthlyFolder(m).resolve("monthly_by_day.csv");
      Optional<Path> nightly = files.dates().stream().filter(d -> YearMonth.from(d).equals(m))
          .map(d -> files.nightlyFolder(d).resolve("by_day.csv")).filter(Files::isRegularFile)
          .findFirst();
      Path file = Files.isRegularFile(monthly) ? monthly : nightly.orElse(null);
      if (file != null) {
        byDay = CsvTable.read(file);
        source = file.getParent().getFileName() + "/" + file.getFileName();
      }
    }
    model.addAttribute("month", m);
    model.addAttribute("months", months);
    model.addAttribute("source", source);
    model.addAttribute("chart", SpendChart.of(byDay));
    model.addAttribute("width", SpendChart.WIDTH);
    model.addAttribute("height", SpendChart.HEIGHT);
    return "web/spend";
  }

  /** A month and what can be downloaded of it. */
  record Month(YearMonth month, boolean workbook, boolean csv, List<String> focus) {}

  /** A nightly report date and what can be downloaded of it. */
  record Night(LocalDate date, boolean workbook, boolean csv) {}

  private Month month(YearMonth m) {
    return new Month(m, files.monthlyWorkbook(m).isPresent(),
        !files.csvFiles(files.monthlyFolder(m)).isEmpty(), files.focusFiles(m));
  }

  private static CsvTable table(Path file) {
    return Files.isRegularFile(file) ? CsvTable.read(file) : CsvTable.empty();
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
