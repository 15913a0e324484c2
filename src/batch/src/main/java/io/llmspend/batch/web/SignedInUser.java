package io.llmspend.batch.web;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user's name and which sections they may open. */
@ControllerAdvice(assignableTypes = ReportPagesController.class)
@ConditionalOnWebApplication
class SignedInUser {

  @ModelAttribute("user")
  String user(Authentication authentication) {
    return authentication == null ? "" : authentication.getName();
  }

  /** {@code can.finance}, {@code can.engineer}: the pages of each role (admin: both). */
  @ModelAttribute("can")
  Map<String, Boolean> can(Authentication authentication) {
    Set<String> roles = authentication == null ? Set.of()
        : authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
            .collect(Collectors.toSet());
    boolean admin = roles.contains("ROLE_ADMIN");
    return Map.of("finance", admin || roles.contains("ROLE_FINANCE"),
        "engineer", admin || roles.contains("ROLE_ENGINEER"));
  }
}
