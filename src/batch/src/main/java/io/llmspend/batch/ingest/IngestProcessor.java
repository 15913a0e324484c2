package io.llmspend.batch.ingest;

import io.llmspend.batch.text.LineShape;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.pricing.CallCost;
import io.llmspend.core.pricing.CallPricer;
import io.llmspend.core.pricing.TokenUsage;
import io.llmspend.core.requestlog.ParsedCall;
import io.llmspend.core.requestlog.RequestLogParser;
import io.llmspend.core.requestlog.SourceLine;
import io.llmspend.core.tokenize.InputSplit;
import io.llmspend.core.tokenize.TokenCounter;
import java.time.ZoneId;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns a source line into a loaded call or a quarantined line: parse and validate, normalize
 * usage, re-count the request body's tokens, price. Never returns {@code null} and never throws
 * for bad input: bad input becomes a {@link QuarantinedLine}. Thread-safe.
 */
final class IngestProcessor implements ItemProcessor<SourceLine, IngestedRecord> {
  static final String NAME = "ingestProcessor";
  private final RequestLogParser parser;
  private final TokenCounter tokenCounter;
  private final CallPricer pricer;
  private final ZoneId zone;

  IngestProcessor(RequestLogParser parser, TokenCounter tokenCounter, CallPricer pricer,
      ZoneId zone) {
    this.parser = parser;
    this.tokenCounter = tokenCounter;
    this.pricer = pricer;
    this.zone = zone;
  }

  @Override
  public IngestedRecord process(SourceLine line) {
    try {
      return enrich(parser.parse(line));
    } catch (BadRecordException e) {
      return new QuarantinedLine(line.file(), line.line(), e.getMessage(), excerpt(line));
    }
  }

  private CallRow enrich(ParsedCall call) throws BadRecordException {
    InputSplit split = recount(call);
    TokenUsage usage;
    String source;
    if (call.usage() != null) {
      usage = call.usage().usage();
      source = CallRow.PROVIDER_USAGE;
    } else if (split != null && call.status() >= 400) {
      usage = TokenUsage.ZERO; // a failed call that reports no usage was not billed
      source = CallRow.NOT_BILLED;
    } else if (split != null && split.totalTokens() > 0) {
      usage = TokenUsage.ofInput(split.totalTokens());
      source = CallRow.RECOUNT;
    } else {
      throw new BadRecordException(split == null
          ? "no usage and no request body: nothing to count"
          : "no usage and nothing countable in the request body");
    }
    CallCost cost = pricer.price(call.provider(), call.model(), call.deployment(),
        call.timestamp(), usage, call.batch(), call.serviceTier());
    if (call.responseCacheHit()) {
      // a gateway's response cache answered: no provider call, $0; what the call would have
      // cost is a saving already realized (null when that cost is unknown)
      return new CallRow(call, call.timestamp().atZone(zone).toLocalDate(), TokenUsage.ZERO,
          CallRow.RESPONSE_CACHE_HIT, split, CallCost.free(cost.priceModel()),
          cost.totalUsd());
    }
    return new CallRow(call, call.timestamp().atZone(zone).toLocalDate(), usage, source, split,
        cost, null);
  }

  /**
   * The re-count of the request body, or {@code null} without one. A body the counter cannot
   * read is ignored when the log has usage (the call is still priced), and quarantines the line
   * when it has none.
   */
  private InputSplit recount(ParsedCall call) throws BadRecordException {
    if (call.request() == null) {
      return null;
    }
    try {
      return tokenCounter.countRequest(call.provider(), call.model(), call.request());
    } catch (BadRecordException e) {
      if (call.usage() != null) {
        return null;
      }
      throw new BadRecordException("unreadable request body: " + e.getMessage());
    }
  }

  /** The line's structure, never its content ({@link LineShape}). */
  private static String excerpt(SourceLine line) {
    return LineShape.of(line.bytes());
  }
}
