package io.llmspend.batch.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How the command line reads dates and months: strictly (no 2026-02-30), and a bad value says
 * what is expected in words, never with the parser's exception text.
 */
final class OptionValues {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM")
      .withResolverStyle(ResolverStyle.STRICT);

  private OptionValues() {}

  /** Registers the converters on {@code commandLine} and the subcommands it has. */
  static CommandLine register(CommandLine commandLine) {
    return commandLine.registerConverter(LocalDate.class, date())
        .registerConverter(YearMonth.class, month());
  }

  static ITypeConverter<LocalDate> date() {
    return value -> {
      try {
        return LocalDate.parse(value, DAY);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date: expected a day that "
            + "exists as YYYY-MM-DD, such as 2026-11-22");
      }
    };
  }

  static ITypeConverter<YearMonth> month() {
    return value -> {
      try {
        return YearMonth.parse(value, MONTH);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a month: expected YYYY-MM, "
            + "such as 2026-11");
      }
    };
  }
}
