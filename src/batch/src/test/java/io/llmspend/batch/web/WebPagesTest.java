package io.llmspend.batch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.llmspend.batch.LlmSpendApplication;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every page and download of {@code llmspend serve} for each role, on {@link WebFixture}'s
 * reports folder and a job repository holding two runs made here.
 */
@SpringBootTest(classes = LlmSpendApplication.class, properties = {
    "spring.main.web-application-type=servlet",
    "spring.datasource.url=jdbc:h2:mem:web-${random.uuid};DB_CLOSE_DELAY=-1",
    "spring.config.additional-location=classpath:fixtures/web/users.yml"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPagesTest {
  private static Path work;
  private static Path reports;

  @Autowired MockMvc mvc;
  @Autowired JobRepository jobs;

  @DynamicPropertySource
  static void reportsFolder(DynamicPropertyRegistry registry) throws IOException {
    work = Files.createTempDirectory("llmspend-web-test");
    reports = WebFixture.write(work);
    registry.add("llmspend.web.reports", reports::toString);
  }

  @AfterAll
  static void removeTheFixture() throws IOException {
    try (var all = Files.walk(work)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @BeforeAll
  void twoRuns() {
    // nightly 2026-11-22: read 21,041 = loaded 21,027 + quarantined 4 + duplicates 10, 0:42
    JobExecution nightly = run("nightly", "date", "2026-11-22", BatchStatus.COMPLETED, 42);
    StepExecution ingest = jobs.createStepExecution("ingest", nightly);
    ExecutionContext counts = new ExecutionContext();
    counts.putLong("ingest.loaded", 21_027); // as IngestCounts keeps them
    counts.putLong("ingest.quarantined", 4);
    counts.putLong("ingest.duplicates", 10);
    ingest.setExecutionContext(counts);
    ingest.setStatus(BatchStatus.COMPLETED);
    jobs.update(ingest);
    jobs.updateExecutionContext(ingest);
    run("monthly", "month", "2026-11", BatchStatus.FAILED, 7);
    // nightly for "the last complete day": started with an empty date, the run chose 2026-11-23
    JobExecution defaulted = run("nightly", "date", "", BatchStatus.COMPLETED, 30);
    defaulted.getExecutionContext().putString("report.date", "2026-11-23"); // as ReportDate keeps it
    jobs.updateExecutionContext(defaulted);
  }

  private JobExecution run(String job, String key, String value, BatchStatus status,
      int seconds) {
    var parameters = new JobParametersBuilder().addString(key, value).toJobParameters();
    JobExecution execution = jobs.createJobExecution(jobs.createJobInstance(job, parameters),
        parameters, new ExecutionContext());
    LocalDateTime start = LocalDateTime.of(2026, 12, 1, 2, 0);
    execution.setStartTime(start);
    execution.setEndTime(start.plusSeconds(seconds));
    execution.setStatus(status);
    execution.setExitStatus(status == BatchStatus.COMPLETED ? ExitStatus.COMPLETED
        : ExitStatus.FAILED.addExitDescription("java.lang.IllegalStateException: disk"));
    jobs.update(execution);
    return execution;
  }

  private static RequestPostProcessor as(String role) {
    return user(role.toLowerCase() + "-user").roles(role);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "FINANCE, /, 200", "FINANCE, /months, 200", "FINANCE, /months/2026-11, 200",
      "FINANCE, /budgets, 200", "FINANCE, /spend, 200", "FINANCE, /nightly, 403",
      "FINANCE, /recommendations, 403", "FINANCE, /runs, 403",
      "FINANCE, /files/monthly/2026-11/workbook, 200",
      "FINANCE, /files/monthly/2026-11/csv.zip, 200",
      "FINANCE, /files/monthly/2026-11/focus/llmspend-focus-1.2-2026-11.csv, 200",
      "FINANCE, /files/nightly/2026-11-22/workbook, 403",
      "ENGINEER, /, 200", "ENGINEER, /nightly, 200", "ENGINEER, /recommendations, 200",
      "ENGINEER, /runs, 200", "ENGINEER, /spend, 200", "ENGINEER, /months, 403",
      "ENGINEER, /months/2026-11, 403", "ENGINEER, /budgets, 403",
      "ENGINEER, /files/monthly/2026-11/workbook, 403",
      "ENGINEER, /files/nightly/2026-11-22/workbook, 200",
      "ENGINEER, /files/nightly/2026-11-22/csv.zip, 200",
      "ADMIN, /, 200", "ADMIN, /months, 200", "ADMIN, /months/2026-11, 200",
      "ADMIN, /nightly, 200", "ADMIN, /recommendations, 200", "ADMIN, /budgets, 200",
      "ADMIN, /runs, 200", "ADMIN, /spend, 200", "ADMIN, /files/monthly/2026-11/workbook, 200",
      "ADMIN, /files/nightly/2026-11-22/workbook, 200",
      "ADMIN, /months/2026-12, 404", "ADMIN, /files/monthly/2026-10/workbook, 404",
      "ADMIN, /unknown, 403"})
  void rolesSeeTheirPages(String role, String path, int status) throws Exception {
    mvc.perform(get(path).with(as(role))).andExpect(status().is(status));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/months", "/months/2026-11", "/nightly", "/recommendations",
      "/budgets", "/runs", "/spend", "/files/monthly/2026-11/workbook",
      "/files/nightly/2026-11-22/csv.zip"})
  void everyPageNeedsSignIn(String path) throws Exception {
    mvc.perform(get(path)).andExpect(status().isFound())
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void theSignInPageHasACsrfToken() throws Exception {
    mvc.perform(get("/login")).andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"_csrf\"")));
  }

  @Test
  void aConfiguredUserSignsInWithThePasswordWhoseBcryptHashIsConfigured() throws Exception {
    mvc.perform(post("/login").param("username", "fiona").param("password", "finance-pw")
        .with(csrf())).andExpect(status().isFound()).andExpect(header().string("Location", "/"));
    mvc.perform(post("/login").param("username", "fiona").param("password", "wrong")
        .with(csrf())).andExpect(header().string("Location", "/login?error"));
    // without the CSRF token the form is refused
    mvc.perform(post("/login").param("username", "fiona").param("password", "finance-pw"))
        .andExpect(status().isForbidden());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/months", "/recommendations", "/runs",
      "/files/monthly/2026-11/workbook"})
  void nothingChangesData(String path) throws Exception {
    mvc.perform(post(path).with(as("ADMIN")).with(csrf()))
        .andExpect(status().is4xxClientError());
    mvc.perform(put(path).with(as("ADMIN")).with(csrf())).andExpect(status().is4xxClientError());
    mvc.perform(delete(path).with(as("ADMIN")).with(csrf()))
        .andExpect(status().is4xxClientError());
    mvc.perform(post(path).with(as("ADMIN"))).andExpect(status().isForbidden()); // no CSRF token
  }

  @Test
  void pagesSendSecurityHeaders() throws Exception {
    mvc.perform(get("/months").with(as("FINANCE")))
        .andExpect(header().string("Content-Security-Policy", WebSecurityConfiguration.CSP))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Referrer-Policy", "no-referrer"))
        .andExpect(header().string("Cache-Control", containsString("no-store")));
  }

  @Test
  void monthsListTheirDownloads() throws Exception {
    mvc.perform(get("/months").with(as("FINANCE"))).andExpect(status().isOk())
        .andExpect(content().string(containsString("/files/monthly/2026-11/workbook")))
        .andExpect(content().string(containsString("/files/monthly/2026-11/csv.zip")))
        .andExpect(content().string(containsString(
            "/files/monthly/2026-11/focus/llmspend-focus-1.2-2026-11.parquet")))
        .andExpect(content().string(not(containsString("link.csv"))));
    mvc.perform(get("/months/2026-11").with(as("FINANCE")))
        .andExpect(content().string(containsString("CC-200 Customer service")))
        .andExpect(content().string(containsString("<td>26.29</td>")));
  }

  @Test
  void amountsReadInCentsAndSharesAsPercentages() throws Exception {
    // the pages showed the CSV's exact decimals: 26.285252550000, a variance of -0.006307 and
    // "Percent used" 1.234565 (meaning 123.5%); the CSV files keep them exact
    String bill = page("/months/2026-11").replaceAll("\\s+", "");
    assertThat(bill).contains("<td>openai</td><td>26.12</td><td>26.29</td><td>0.17</td>"
        + "<td>-0.6%</td>");
    String budgets = page("/budgets").replaceAll("\\s+", "");
    assertThat(budgets).contains("<td>month</td><td>1,000.00</td><td>1,234.57</td>"
        + "<td>123.5%</td><td>exceeded</td><td>12</td>");
  }

  @Test
  void downloadsHaveTheirContentTypeFileNameAndBytes() throws Exception {
    byte[] workbook = mvc.perform(get("/files/monthly/2026-11/workbook").with(as("FINANCE")))
        .andExpect(header().string("Content-Type",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .andExpect(header().string("Content-Disposition",
            "attachment; filename=\"llmspend-2026-11.xlsx\""))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(workbook).isEqualTo(
        Files.readAllBytes(reports.resolve("monthly/llmspend-2026-11.xlsx")));
    mvc.perform(get("/files/monthly/2026-11/focus/llmspend-focus-1.2-2026-11.parquet")
            .with(as("FINANCE")))
        .andExpect(header().string("Content-Type", "application/vnd.apache.parquet"))
        .andExpect(header().string("Content-Disposition",
            "attachment; filename=\"llmspend-focus-1.2-2026-11.parquet\""));
    mvc.perform(get("/files/monthly/2026-11/focus/llmspend-focus-1.2-2026-11.csv")
            .with(as("FINANCE")))
        .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
        .andExpect(content().string("BilledCost,ChargeCategory\r\n1.50,Usage\r\n"));
  }

  @Test
  void theCsvBundleZipsTheFolderSCsvFiles() throws Exception {
    var result = mvc.perform(get("/files/monthly/2026-11/csv.zip").with(as("FINANCE")))
        .andExpect(header().string("Content-Disposition",
            "attachment; filename=\"llmspend-2026-11-csv.zip\""))
        .andReturn();
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .asyncDispatch(result))
        .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/zip"));
    byte[] zip = result.getResponse().getContentAsByteArray();
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertThat(names).containsExactly("monthly_by_cost_center.csv", "monthly_by_day.csv",
        "monthly_provider_bill.csv");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/files/monthly/2026-11/focus/..%2F..%2F..%2F..%2Fsecret.txt",
      "/files/monthly/2026-11/focus/%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E%2Fsecret.txt",
      "/files/monthly/2026-11/focus/..%5C..%5C..%5C..%5Csecret.txt",
      "/files/monthly/2026-11/focus/link.csv",
      "/files/monthly/2026-11/focus/secret.txt",
      "/files/monthly/..%2F..%2Fsecret.txt/workbook",
      "/files/monthly/2026-11%2F..%2F..%2F..%2F/workbook",
      "/files/nightly/..%2F..%2Fsecret.txt/workbook",
      "/files/nightly/2026-11-22%00/workbook",
      "/files/monthly/2026-11/focus/%2Fetc%2Fpasswd",
      "/files/monthly/2026-11/../../../secret.txt",
      "/files/monthly/2026-13/workbook"})
  void noPathFromARequestReachesAFileOutsideTheList(String path) throws Exception {
    var response = mvc.perform(get(new URI(path)).with(as("ADMIN"))).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isIn(400, 403, 404);
    assertThat(response.getContentAsString()).doesNotContain(WebFixture.SECRET);
  }

  @Test
  void recommendationsSortFilterAndTotal() throws Exception {
    // all: 62.16 + 10.50 + 3.25 = 75.91, biggest first
    String all = page("/recommendations");
    assertThat(all).contains("id=\"shown-savings\">75.91<", "id=\"all-savings\">75.91<");
    assertThat(all.indexOf("RR-1")).isLessThan(all.indexOf("BC-2"));
    assertThat(all.indexOf("BC-2")).isLessThan(all.indexOf("RS-3"));
    // team support: 62.16 + 3.25 = 65.41
    assertThat(page("/recommendations?team=support"))
        .contains("id=\"shown-savings\">65.41<", "id=\"shown-count\">2<").doesNotContain("BC-2");
    assertThat(page("/recommendations?q=TICKET")).contains("id=\"shown-savings\">3.25<");
    assertThat(page("/recommendations?kind=batch_candidate"))
        .contains("id=\"shown-savings\">10.50<");
    // ascending by savings: 3.25, 10.50, 62.16
    String ascending = page("/recommendations?sort=Savings%20per%20month&dir=asc");
    assertThat(ascending.indexOf("RS-3")).isLessThan(ascending.indexOf("BC-2"));
    assertThat(ascending.indexOf("BC-2")).isLessThan(ascending.indexOf("RR-1"));
    // by text column: batch_candidate < repeated_request < right_size
    String byKind = page("/recommendations?sort=Kind&dir=asc");
    assertThat(byKind.indexOf("BC-2")).isLessThan(byKind.indexOf("RR-1"));
    assertThat(byKind.indexOf("RR-1")).isLessThan(byKind.indexOf("RS-3"));
  }

  @Test
  void runsComeFromTheJobRepository() throws Exception {
    String runs = page("/runs");
    // nightly: COMPLETED with 4 lines quarantined = exit code 3, 0:42; monthly: FAILED = 1
    assertThat(runs.replaceAll("\\s+", "")).contains(
        "<td>nightly</td><td>2026-11-22</td><td>COMPLETED</td><td>3</td>"
            + "<td>2026-12-0102:00:00</td><td>0:42</td><td>21041</td><td>21027</td><td>4</td>"
            + "<td>10</td>",
        "<td>monthly</td><td>2026-11</td><td>FAILED</td><td>1</td>",
        // the date column was empty for every nightly run started without --date
        "<td>nightly</td><td>2026-11-23</td><td>COMPLETED</td><td>0</td>");
  }

  @Test
  void spendByDayIsAChart() throws Exception {
    String spend = page("/spend");
    assertThat(spend).contains("id=\"total\">35.00<", "monthly_by_day.csv");
    // each bar's title in cents (it showed 10.001000000000 USD)
    assertThat(spend).contains("<title>2026-11-16: 10.00 USD</title>");
    // bars of 10.001, 20.00 and 5.00 in 240 pixels: heights 120 (120.012 rounded), 240, 60;
    // 720 / 3 = 240 wide slots
    assertThat(spend).contains("x=\"2\" y=\"120\" width=\"236\" height=\"120\"",
        "x=\"242\" y=\"0\" width=\"236\" height=\"240\"",
        "x=\"482\" y=\"180\" width=\"236\" height=\"60\"");
  }

  @Test
  void aMissingPageReadsAsAPageOfTheSiteInABrowser() throws Exception {
    // a browser got Spring Boot's "Whitelabel Error Page ... no explicit mapping for /error"
    String page = mvc.perform(get("/error").with(as("FINANCE")).accept(MediaType.TEXT_HTML)
            .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
            .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/months/2026-10"))
        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("<title>404 Not Found - llmspend</title>",
        "<h1 id=\"error\">Not found</h1>", "href=\"/\"").doesNotContain("Whitelabel");
  }

  @Test
  void budgetsShowTheLatestStatus() throws Exception {
    assertThat(page("/budgets")).contains("team-support-monthly", "2026-11-22");
  }

  @Test
  void theNavigationShowsEachRoleItsSections() throws Exception {
    String finance = mvc.perform(get("/").with(as("FINANCE"))).andReturn().getResponse()
        .getContentAsString();
    assertThat(finance).contains("href=\"/months\"").doesNotContain("href=\"/runs\"");
    String engineer = mvc.perform(get("/").with(as("ENGINEER"))).andReturn().getResponse()
        .getContentAsString();
    assertThat(engineer).contains("href=\"/runs\"").doesNotContain("href=\"/months\"");
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(URI.create(path)).with(as("ADMIN"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }
}
