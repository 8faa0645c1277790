package dev.freshet.app.roles;

import dev.freshet.core.config.RoleProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves only what the instance's roles ask for: without {@code console}, the browser console answers 404; without
 * {@code sources}, the webhook endpoints answer 503 (a load balancer routes them to the source instances). The REST
 * API, OpenAPI and the actuator are served by every instance. Runs before security, so a request for a part this
 * instance does not serve gets the reason, not a login prompt.
 */
final class RoleFilter extends OncePerRequestFilter {

  private final RoleProperties roles;

  RoleFilter(RoleProperties roles) {
    this.roles = roles;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/webhooks/")) {
      if (!roles.has(RoleProperties.SOURCES)) {
        refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "webhooks are received by the instances with the "
            + "sources role");
        return;
      }
    } else if (!servedEverywhere(path) && !roles.has(RoleProperties.CONSOLE)) {
      refuse(response, HttpServletResponse.SC_NOT_FOUND, "the console is served by the instances with the console "
          + "role");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean servedEverywhere(String path) {
    return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/api-docs")
        || path.startsWith("/swagger-ui") || path.equals("/error");
  }

  private void refuse(HttpServletResponse response, int status, String reason) throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response.getOutputStream().write(("This Freshet instance runs the roles " + roles.roles() + " (freshet.roles): "
        + reason + ".\n").getBytes(StandardCharsets.UTF_8));
  }
}
