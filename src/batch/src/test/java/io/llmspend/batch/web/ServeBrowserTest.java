package io.llmspend.batch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code llmspend serve} in a real browser: Debian's chromium and chromedriver (installed by
 * .ci/run), headless. Signs in as a finance user, downloads the month's workbook and compares
 * its bytes with the file on disk; keeps screenshots in {@code target/serve-browser/}. Outside CI
 * a machine without chromium skips it; in CI it must run.
 */
class ServeBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/serve-browser");

  @Test
  void signInAndDownloadTheMonthsWorkbook(@TempDir Path work) throws Exception {
    boolean browser = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (System.getenv("CI") == null) {
      Assumptions.assumeTrue(browser, "no chromium/chromedriver on this machine");
    }
    assertThat(browser).as("chromium and chromedriver (.ci/run installs them)").isTrue();
    Path reports = WebFixture.write(work);
    Path config = Files.writeString(work.resolve("serve.yml"), """
        spring.datasource.url: jdbc:h2:mem:serve-browser;DB_CLOSE_DELAY=-1
        """ + Files.readString(Path.of("src/test/resources/fixtures/web/users.yml")));
    Path downloads = Files.createDirectories(work.resolve("downloads"));
    try (ConfigurableApplicationContext server =
        ReportServer.start(0, work.resolve("data/llmspend.duckdb"), reports, config)) {
      String base = "http://127.0.0.1:"
          + server.getEnvironment().getProperty("local.server.port");
      ChromeDriver chrome = chrome(downloads);
      try {
        download(chrome, base, reports, downloads);
      } finally {
        chrome.quit();
      }
    }
  }

  private static void download(ChromeDriver chrome, String base, Path reports, Path downloads)
      throws IOException, InterruptedException {
    WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(30));
    chrome.get(base + "/months/2026-11");
    wait.until(ExpectedConditions.urlContains("/login"));
    chrome.findElement(By.name("username")).sendKeys("fiona");
    chrome.findElement(By.name("password")).sendKeys("finance-pw");
    chrome.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("workbook")));
    assertThat(chrome.getTitle()).isEqualTo("2026-11 - llmspend");
    screenshot(chrome, "month.png");
    chrome.findElement(By.id("workbook")).click();
    Path file = downloads.resolve("llmspend-2026-11.xlsx");
    Path onDisk = reports.resolve("monthly/llmspend-2026-11.xlsx");
    for (int i = 0; i < 300 && !(Files.exists(file)
        && Files.size(file) == Files.size(onDisk)); i++) {
      Thread.sleep(100); // the browser writes .crdownload, then renames: at most 30 s
    }
    assertThat(file).exists();
    assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(onDisk));
    chrome.get(base + "/spend");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chart")));
    assertThat(chrome.findElements(By.cssSelector("#chart rect"))).hasSize(3);
    screenshot(chrome, "spend.png");
  }

  private static ChromeDriver chrome(Path downloads) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
        "--disable-gpu", "--window-size=1280,900");
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toString());
    prefs.put("download.prompt_for_download", false);
    options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  private static void screenshot(ChromeDriver chrome, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name), chrome.getScreenshotAs(OutputType.BYTES));
  }
}
