package dev.freshet.app;

import dev.freshet.app.embedded.EmbeddedPostgresServer;
import dev.freshet.app.security.AdminPassword;
import dev.freshet.app.security.SecurityProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints, once per start, where everything is: the console, the login, the API, and the demo
 * database's connection strings so a user can edit a row and watch it re-index. A generated password
 * is printed only at the start that generated it.
 */
@Component
class StartupBanner {

  private final SecurityProperties security;
  private final AdminPassword password;
  private final ObjectProvider<EmbeddedPostgresServer> embedded;

  StartupBanner(SecurityProperties security, AdminPassword password, ObjectProvider<EmbeddedPostgresServer> embedded) {
    this.security = security;
    this.password = password;
    this.embedded = embedded;
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    int port = event.getApplicationContext() instanceof WebServerApplicationContext web
        ? web.getWebServer().getPort() : 8080;
    String base = "http://localhost:" + port;
    StringBuilder out = new StringBuilder("\n\n  Freshet is running.\n\n");
    out.append("  Console   ").append(base).append("/\n");
    out.append("  Login     user '").append(security.adminUser()).append("', password ");
    if (password.generatedNow()) {
      out.append(password.value()).append("  (generated now, kept in ").append(password.file()).append(")\n");
    } else if (security.adminPassword() != null) {
      out.append("from FRESHET_SECURITY_ADMIN_PASSWORD / freshet.security.admin-password\n");
    } else {
      out.append("in ").append(password.file()).append(" (generated at first start)\n");
    }
    out.append("  REST API  ").append(base).append("/api/search?q=replication+slot  (HTTP Basic, same login; ")
        .append("OpenAPI at ").append(base).append("/swagger-ui.html)\n");
    out.append("  Health    ").append(base).append("/actuator/health   Metrics ").append(base)
        .append("/actuator/prometheus\n");
    EmbeddedPostgresServer server = embedded.getIfAvailable();
    if (server != null) {
      out.append("  Demo DB   psql \"postgresql://").append(EmbeddedPostgresServer.USER).append("@localhost:")
          .append(server.port()).append("/demo\"   (JDBC: ").append(server.jdbcUrl("demo")).append(", user ")
          .append(EmbeddedPostgresServer.USER).append(", no password)\n");
      out.append("  Try       update articles set body = body || ' Freshet re-indexes this.' where id = 1;\n");
    }
    System.out.println(out);
  }
}
