package dev.freshet.core.config;

import dev.freshet.api.error.ConfigurationException;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What this instance does, so a deployment can scale each part on its own.
 *
 * @param roles any of {@code sources} (captures changes: the PostgreSQL and files sources, under a lease so one
 *     instance runs each, and the webhook receivers), {@code workers} (runs the agents: indexing and the others),
 *     {@code console} (serves the operator console in the browser); all three by default. The REST API and the
 *     health endpoint are served by every instance.
 */
@ConfigurationProperties("freshet")
public record RoleProperties(@DefaultValue({"sources", "workers", "console"}) List<String> roles) {

  public static final String SOURCES = "sources";
  public static final String WORKERS = "workers";
  public static final String CONSOLE = "console";
  private static final Set<String> KNOWN = Set.of(SOURCES, WORKERS, CONSOLE);

  public RoleProperties {
    roles = List.copyOf(roles);
    if (roles.isEmpty()) {
      throw new ConfigurationException("freshet.roles", "is empty",
          "Give this instance at least one of sources, workers, console");
    }
    for (String role : roles) {
      if (!KNOWN.contains(role)) {
        throw new ConfigurationException("freshet.roles", "unknown role '" + role + "'",
            "Use any of sources, workers, console, separated by commas");
      }
    }
  }

  public boolean has(String role) {
    return roles.contains(role);
  }
}
