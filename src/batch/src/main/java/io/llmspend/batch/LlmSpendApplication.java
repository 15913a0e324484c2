package io.llmspend.batch;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Spring context behind the batch subcommands: scans every package below this one. Started
 * by {@link io.llmspend.batch.run.BatchRun}. It is the only class of the root package, so that no
 * feature depends on the package that scans them all.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LlmSpendApplication {}
