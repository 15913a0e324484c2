package io.llmspend.client.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.client.LlmFunction;
import io.llmspend.client.LlmFunctions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code @LlmFunction} on Spring beans, through the auto-configuration, without AspectJ. */
class LlmFunctionTest {

  /** A bean with an annotated method. */
  static class Support {
    @LlmFunction("support-chat")
    public String answer() {
      return LlmFunctions.current();
    }

    public String unannotated() {
      return LlmFunctions.current();
    }
  }

  /** A bean annotated on its class, with one method overriding the function. */
  @LlmFunction("invoices")
  static class Invoices {
    public String extract() {
      return LlmFunctions.current();
    }

    @LlmFunction("invoice-summary")
    public String summarize() {
      return LlmFunctions.current();
    }
  }

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(LlmSpendAutoConfiguration.class))
      .withPropertyValues("llmspend.client.enabled=false")
      .withBean(Support.class).withBean(Invoices.class);

  @Test
  void theAnnotatedMethodSetsTheFunctionForItsDurationOnly() {
    runner.run(context -> {
      Support support = context.getBean(Support.class);
      assertThat(support.answer()).isEqualTo("support-chat");
      assertThat(support.unannotated()).isNull();
      assertThat(LlmFunctions.current()).isNull();
    });
  }

  @Test
  void aClassAnnotationAppliesToEveryMethodAndTheMethodWins() {
    runner.run(context -> {
      Invoices invoices = context.getBean(Invoices.class);
      assertThat(invoices.extract()).isEqualTo("invoices");
      assertThat(invoices.summarize()).isEqualTo("invoice-summary");
    });
  }

  @Test
  void disabledBuildsNoGuard() {
    runner.run(context -> assertThat(context).doesNotHaveBean(io.llmspend.client.BudgetGuard.class));
  }
}
