package io.llmspend.batch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.llmspend.batch.LlmSpendApplication;
import io.llmspend.core.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;

/** The serve settings are checked at start-up, and the batch commands never start a server. */
class WebSettingsTest {
  private static final String HASH =
      "$2a$10$jW4oCGgcE/uWrTsrVM2otOlyDFNW/C/p.A8THCT/f3o1Sq8yaypcm";

  @Test
  void theBatchApplicationStartsNoWebServerAndNoPages() {
    // as nightly and monthly start it (BatchRun also asks for no web application)
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(LlmSpendApplication.class).run(
            "--spring.datasource.url=jdbc:h2:mem:no-web-${random.uuid}")) {
      assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
      assertThat(context.getBeansOfType(SecurityFilterChain.class)).isEmpty();
      assertThat(context.getBeansOfType(ReportPagesController.class)).isEmpty();
      assertThat(context.getBeansOfType(WebProperties.class)).hasSize(1); // settings known
    }
  }

  @Test
  void aPasswordMustBeABcryptHash() {
    assertThatThrownBy(() -> users(new WebProperties.User("fiona", "finance-pw",
        List.of("finance")))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("fiona has no bcrypt password-hash");
  }

  @Test
  void rolesAreFinanceEngineerOrAdmin() {
    assertThatThrownBy(() -> users(new WebProperties.User("fiona", HASH, List.of("cfo"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("[cfo]");
    assertThatThrownBy(() -> users(new WebProperties.User("fiona", HASH, List.of())))
        .isInstanceOf(InvalidInputException.class);
    assertThat(users(new WebProperties.User("fiona", HASH, List.of("Finance")))
        .loadUserByUsername("fiona").getAuthorities()).extracting(Object::toString)
        .containsExactly("ROLE_FINANCE");
  }

  @Test
  void withNeitherUsersNorOidcNobodyCouldSignIn() {
    assertThatThrownBy(() -> users()).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no users");
  }

  private static org.springframework.security.core.userdetails.UserDetailsService users(
      WebProperties.User... users) {
    return new WebSecurityConfiguration().reportUsers(
        new WebProperties(null, List.of(users), null),
        new StaticListableBeanFactory().getBeanProvider(ClientRegistrationRepository.class));
  }
}
