package io.llmspend.batch;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring context behind the batch subcommands. Started by {@code io.llmspend.cli}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LlmSpendApplication {}
