package io.llmspend.batch.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of {@code llmspend serve} (docs/serve.md). Read by every command (so a configuration
 * file shared with nightly passes its settings check), used by {@code serve} only.
 *
 * @param reports the reports folder the pages read ({@code --reports} sets it); default
 *     {@code reports}
 * @param users who may sign in with a password: name, bcrypt hash, roles ({@code finance},
 *     {@code engineer}, {@code admin}); empty when sign-in is by OIDC only
 * @param oidcRolesClaim the OIDC ID-token claim (a list of strings) whose values {@code finance},
 *     {@code engineer}, {@code admin} give a signed-in user those roles; default {@code groups}
 */
@ConfigurationProperties("llmspend.web")
public record WebProperties(String reports, List<User> users, String oidcRolesClaim) {

  /** The roles of the pages, lower case as configured. */
  public static final List<String> ROLES = List.of("finance", "engineer", "admin");

  public WebProperties {
    reports = reports == null || reports.isBlank() ? "reports" : reports;
    users = users == null ? List.of() : List.copyOf(users);
    oidcRolesClaim = oidcRolesClaim == null || oidcRolesClaim.isBlank() ? "groups"
        : oidcRolesClaim;
  }

  /**
   * A user who signs in with a password.
   *
   * @param name the sign-in name
   * @param passwordHash a bcrypt hash ({@code $2a$}, {@code $2b$} or {@code $2y$}, e.g. from
   *     {@code htpasswd -nbBC 12 name password}), never the password itself
   * @param roles one or more of {@link #ROLES}
   */
  public record User(String name, String passwordHash, List<String> roles) {
    public User {
      Objects.requireNonNull(name, "llmspend.web.users[].name");
      roles = roles == null ? List.of()
          : roles.stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
    }
  }
}
