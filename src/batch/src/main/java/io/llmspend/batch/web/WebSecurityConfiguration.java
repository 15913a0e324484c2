package io.llmspend.batch.web;

import io.llmspend.core.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may see what (docs/serve.md): every page needs a signed-in user; {@code finance} reads the
 * months (workbooks, CSV bundles, FOCUS, chargeback) and budgets, {@code engineer} the nightly
 * reports, recommendations and runs, {@code admin} everything; the spend chart is for all. Users
 * come from {@code llmspend.web.users} with bcrypt hashes, or from an OIDC provider when
 * {@code spring.security.oauth2.client.registration.*} is configured. Only GET pages (and the
 * sign-in and sign-out forms, CSRF-protected); security headers on, a strict Content Security
 * Policy (no script, no inline style).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
class WebSecurityConfiguration {
  private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}");
  static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; "
      + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  @Bean
  SecurityFilterChain reportPages(HttpSecurity http,
      ObjectProvider<ClientRegistrationRepository> oidc) throws Exception {
    http.authorizeHttpRequests(pages -> pages
            .requestMatchers("/app.css", "/login", "/error").permitAll()
            .requestMatchers("/months/**", "/files/monthly/**", "/budgets")
                .hasAnyRole("FINANCE", "ADMIN")
            .requestMatchers("/nightly/**", "/files/nightly/**", "/recommendations", "/runs")
                .hasAnyRole("ENGINEER", "ADMIN")
            .requestMatchers("/", "/spend").authenticated()
            .anyRequest().denyAll())
        .formLogin(Customizer.withDefaults())
        .logout(Customizer.withDefaults())
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
    if (oidc.getIfAvailable() != null) {
      http.oauth2Login(Customizer.withDefaults());
    }
    return http.build();
  }

  /** OIDC users get the roles their ID token's roles claim names (docs/serve.md). */
  @Bean
  GrantedAuthoritiesMapper oidcRoles(WebProperties properties) {
    return authorities -> {
      Set<GrantedAuthority> mapped = new HashSet<>();
      for (GrantedAuthority authority : authorities) {
        if (authority instanceof OidcUserAuthority oidc) {
          List<String> claim = oidc.getIdToken().getClaimAsStringList(properties.oidcRolesClaim());
          for (String role : claim == null ? List.<String>of() : claim) {
            if (WebProperties.ROLES.contains(role.toLowerCase(Locale.ROOT))) {
              mapped.add(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(Locale.ROOT)));
            }
          }
        }
      }
      return mapped;
    };
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  /** @throws InvalidInputException for a user without a bcrypt hash or with an unknown role */
  @Bean
  UserDetailsService reportUsers(WebProperties properties,
      ObjectProvider<ClientRegistrationRepository> oidc) {
    if (properties.users().isEmpty() && oidc.getIfAvailable() == null) {
      throw new InvalidInputException("no users: set llmspend.web.users (name, bcrypt "
          + "password-hash, roles) or an OIDC client (docs/serve.md); nobody could sign in");
    }
    List<UserDetails> users = properties.users().stream().map(WebSecurityConfiguration::user)
        .toList();
    return new InMemoryUserDetailsManager(users);
  }

  private static UserDetails user(WebProperties.User user) {
    if (user.passwordHash() == null || !BCRYPT.matcher(user.passwordHash()).matches()) {
      throw new InvalidInputException("llmspend.web.users: " + user.name()
          + " has no bcrypt password-hash (write the hash, never the password)");
    }
    if (user.roles().isEmpty() || !WebProperties.ROLES.containsAll(user.roles())) {
      throw new InvalidInputException("llmspend.web.users: " + user.name() + " has roles "
          + user.roles() + "; each must be one of " + WebProperties.ROLES);
    }
    return User.withUsername(user.name()).password(user.passwordHash())
        .roles(user.roles().stream().map(r -> r.toUpperCase(Locale.ROOT))
            .toArray(String[]::new))
        .build();
  }
}
