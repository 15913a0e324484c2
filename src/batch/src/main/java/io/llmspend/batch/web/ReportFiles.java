package io.llmspend.batch.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The reports folder as the pages see it. No path from a request reaches the file system: a
 * month or date is parsed into a {@link YearMonth} or {@link LocalDate} and the path is built
 * from it; a file name is served only when it is one of the names listed in its folder; links
 * are not followed. Thread-safe (immutable).
 */
@Component
@ConditionalOnWebApplication
class ReportFiles {
  private final Path root;

  ReportFiles(WebProperties properties) {
    this.root = Path.of(properties.reports()).toAbsolutePath().normalize();
  }

  /** Months with a monthly folder or workbook, newest first. */
  List<YearMonth> months() {
    return names(root.resolve("monthly")).map(ReportFiles::month).flatMap(Optional::stream)
        .sorted(Comparator.reverseOrder()).toList();
  }

  /** Nightly report dates (folders {@code YYYY-MM-DD}), newest first. */
  List<LocalDate> dates() {
    return names(root).map(ReportFiles::date).flatMap(Optional::stream)
        .sorted(Comparator.reverseOrder()).toList();
  }

  /** The month's workbook, if written. */
  Optional<Path> monthlyWorkbook(YearMonth month) {
    return file(root.resolve("monthly"), "llmspend-" + month + ".xlsx");
  }

  /** The month's folder of CSV files. */
  Path monthlyFolder(YearMonth month) {
    return root.resolve("monthly").resolve(month.toString());
  }

  /** The month's FOCUS files, by name. */
  List<String> focusFiles(YearMonth month) {
    Path folder = monthlyFolder(month).resolve("focus");
    return names(folder).filter(n -> n.endsWith(".csv") || n.endsWith(".parquet"))
        .filter(n -> regular(folder.resolve(n))).sorted().toList();
  }

  /** A FOCUS file of the month, only when {@code name} is one of {@link #focusFiles}. */
  Optional<Path> focusFile(YearMonth month, String name) {
    return focusFiles(month).contains(name)
        ? file(monthlyFolder(month).resolve("focus"), name) : Optional.empty();
  }

  /** The nightly folder of a date. */
  Path nightlyFolder(LocalDate date) {
    return root.resolve(date.toString());
  }

  /** The nightly workbook of a date, if written. */
  Optional<Path> nightlyWorkbook(LocalDate date) {
    return file(nightlyFolder(date), "llmspend-" + date + ".xlsx");
  }

  /** The CSV files directly in {@code folder}, by name. */
  List<Path> csvFiles(Path folder) {
    return names(folder).filter(n -> n.endsWith(".csv")).sorted()
        .map(folder::resolve).filter(ReportFiles::regular).toList();
  }

  /** A report CSV of the newest nightly date that has it. */
  Optional<Path> latestNightlyCsv(String name) {
    return dates().stream().map(d -> nightlyFolder(d).resolve(name)).filter(ReportFiles::regular)
        .findFirst();
  }

  static Optional<YearMonth> month(String text) {
    try {
      return text.matches("\\d{4}-\\d{2}") ? Optional.of(YearMonth.parse(text))
          : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static Optional<LocalDate> date(String text) {
    try {
      return text.matches("\\d{4}-\\d{2}-\\d{2}") ? Optional.of(LocalDate.parse(text))
          : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Optional<Path> file(Path folder, String name) {
    Path file = folder.resolve(name).normalize();
    return file.startsWith(root) && regular(file) ? Optional.of(file) : Optional.empty();
  }

  private static boolean regular(Path file) {
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
  }

  private static Stream<String> names(Path folder) {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return Stream.empty();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }
}
