package io.llmspend.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.run.ExitCodes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a first-time user sees when a command line is wrong (issue 11 §3): one line on standard
 * error saying what is expected, no Java exception text, no usage screen, and the exit codes of
 * the README's table (2 usage error, 4 input error); and help texts made of whole sentences.
 */
class CommandLineTest {
  @TempDir Path work;

  /** What one run of the command line printed and returned. */
  record Run(int code, String out, List<String> err) {}

  static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      code = LlmSpendCommand.execute(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    String errText = errBytes.toString(StandardCharsets.UTF_8);
    return new Run(code, outBytes.toString(StandardCharsets.UTF_8),
        errText.isEmpty() ? List.of() : errText.lines().toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2026-13-45", "yesterday", "2026-02-30", "2026-11-2", "22.11.2026"})
  void aBadDateSaysWhatIsExpectedInOneLine(String value) {
    Run run = run("nightly", "--date", value, "--db", work.resolve("s.duckdb").toString());

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).containsExactly("llmspend nightly: Invalid value for option '--date': '"
        + value + "' is not a date: expected a day that exists as YYYY-MM-DD, such as 2026-11-22"
        + " (see llmspend nightly --help)");
    assertThat(run.out()).isEmpty();
    assertThat(work).isEmptyDirectory();
  }

  @ParameterizedTest
  @CsvSource({"2026-11-01", "2026-13", "november"})
  void aBadMonthSaysWhatIsExpectedInOneLine(String value) {
    Run run = run("monthly", "--month", value, "--db", work.resolve("s.duckdb").toString());

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).containsExactly("llmspend monthly: Invalid value for option '--month': '"
        + value + "' is not a month: expected YYYY-MM, such as 2026-11 (see llmspend monthly "
        + "--help)");
  }

  @Test
  void aDateInTheFutureIsRefusedInOneLineBeforeTheJobStarts() throws Exception {
    LocalDate before = LocalDate.now(ZoneOffset.UTC);
    String future = before.plusDays(2).toString();
    Path logs = Files.createDirectories(work.resolve("logs"));

    Run run = run("nightly", "--logs", logs.toString(), "--date", future, "--db",
        work.resolve("s.duckdb").toString(), "--reports", work.resolve("reports").toString());

    LocalDate after = LocalDate.now(ZoneOffset.UTC); // the same day, unless midnight passed
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).hasSize(1);
    assertThat(run.err().get(0)).isIn(futureLine(future, before), futureLine(future, after));
    assertThat(work.resolve("s.duckdb")).doesNotExist(); // nothing loaded
    assertThat(work.resolve("reports").resolve(future)).doesNotExist();
  }

  private static String futureLine(String date, LocalDate today) {
    return "llmspend: --date " + date + " is in the future: today is " + today
        + " in UTC (llmspend.time-zone); the report date must be today or earlier";
  }

  @Test
  void anEmptyLogsFolderSaysSoInOneLineAndARerunSaysTheSame() throws Exception {
    Path logs = Files.createDirectories(work.resolve("empty"));
    String[] args = {"nightly", "--logs", logs.toString(), "--db",
        work.resolve("s.duckdb").toString(), "--reports", work.resolve("reports").toString()};
    String line = "llmspend: no day to report: no call in the store before today ("
        + LocalDate.now(ZoneOffset.UTC) + " in UTC) and the logs added none; point --logs at "
        + "your request logs (README: Your own logs), or pass --date to report a day anyway";

    Run first = run(args);
    Run second = run(args); // a new run (the first completed), not a restart of a failed one

    assertThat(first.code()).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(first.err()).containsExactly(line);
    assertThat(second.code()).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(second.err()).containsExactly(line);
    assertThat(first.out() + second.out()).doesNotContain("Exception", "\tat ", "ERROR",
        "restart");
  }

  @Test
  void otherUsageErrorsAreOneLineWithExitCode2() {
    assertThat(run("nightly", "--bogus")).isEqualTo(new Run(ExitCodes.USAGE, "",
        List.of("llmspend nightly: Unknown option: '--bogus' (see llmspend nightly --help)")));
    assertThat(run()).isEqualTo(new Run(ExitCodes.USAGE, "", List.of("llmspend: a command is "
        + "required: nightly, monthly, schedule, serve, estimate or budget (see llmspend --help)")));
    assertThat(run("budget")).isEqualTo(new Run(ExitCodes.USAGE, "",
        List.of("llmspend budget: a subcommand is required: status (see llmspend budget --help)")));
    assertThat(run("estimate", "--model", "gpt-4o")).isEqualTo(new Run(ExitCodes.USAGE, "",
        List.of("llmspend estimate: Missing required argument (specify one of these): "
            + "(--text=FILE | --request=FILE) (see llmspend estimate --help)")));
    assertThat(run("estimate", "--model", "gpt-4o", "--text", "t.txt", "--max-output", "many"))
        .isEqualTo(new Run(ExitCodes.USAGE, "", List.of("llmspend estimate: Invalid value for "
            + "option '--max-output': 'many' is not a long (see llmspend estimate --help)")));
  }

  @Test
  void estimateInputErrorsAreOneLineWithExitCode4() throws Exception {
    Path missing = work.resolve("nope.txt");
    Path bad = Files.writeString(work.resolve("bad.json"), "{bad\n");

    assertThat(run("estimate", "--model", "gpt-4o", "--text", missing.toString()))
        .isEqualTo(new Run(ExitCodes.INPUT_ERROR, "",
            List.of("llmspend: file not found: " + missing)));
    Run notJson = run("estimate", "--model", "gpt-4o", "--request", bad.toString());
    assertThat(notJson.code()).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(notJson.err()).hasSize(1);
    assertThat(notJson.err().get(0)).startsWith("llmspend: request " + bad + " is not JSON: ");
  }

  @Test
  void serveWithoutAJobRepositorySaysSoInOneLineWithExitCode4() throws Exception {
    Path db = work.resolve("s.duckdb"); // never run: neither the store nor s-jobs.mv.db exists
    Path config = Path.of("src/test/resources/fixtures/web/users.yml");

    Run run = run("serve", "--port", "0", "--db", db.toString(), "--reports",
        work.resolve("reports").toString(), "--config", config.toString());

    assertThat(run).isEqualTo(new Run(ExitCodes.INPUT_ERROR, "", List.of("llmspend: serve did "
        + "not start: no job repository at " + work.toRealPath().resolve("s-jobs.mv.db")
        + " (the run history of " + db + "): run nightly first, or set spring.datasource.url")));
  }

  @Test
  void theCommandListShowsOneWholeSentencePerCommand() {
    Run help = run("--help");

    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("""
        Commands:
          nightly   Ingest, price, attribute and report a night of request logs.
          monthly   Write a month's finance workbook and CSV files.
          schedule  Run the nightly and monthly jobs on a schedule, in this process.
          serve     Serve the reports and the run history as read-only web pages.
          worker    Run the nightly ingest's partitions for a remote manager.
          estimate  Estimate a request's tokens and cost before it is sent.
          budget    Live budgets (docs/budgets.md).
          help      Display help information about the specified command.
        """);
    assertThat(run("budget", "--help").out()).contains(
        "  status  Show the live budgets: spent, reserved and remaining.\n");
  }

  /** Each description line is printed as a paragraph of its own: each must be a sentence. */
  @Test
  void everyHelpTextIsMadeOfWholeSentences() {
    List<String> paragraphs = new ArrayList<>();
    collect(new CommandLine(new LlmSpendCommand()).getCommandSpec(), paragraphs);

    assertThat(paragraphs).hasSizeGreaterThan(20).allSatisfy(p ->
        assertThat(p).matches("[A-Z].*[.)]").doesNotContain("  "));
  }

  private static void collect(CommandSpec spec, List<String> paragraphs) {
    // "%n" is a line break in picocli's texts (its own help command uses it)
    List.of(spec.usageMessage().description()).forEach(d -> paragraphs.add(d.replace("%n", "")));
    spec.options().forEach(o -> paragraphs.addAll(List.of(o.description())));
    spec.subcommands().values().forEach(sub -> collect(sub.getCommandSpec(), paragraphs));
  }
}
