package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/**
 * Nobody let in: every API operation (from the OpenAPI document, so a new endpoint is covered the day it is
 * added) and every console route (every {@code @Route} class) refuses a caller without a login; a viewer can
 * change nothing; a signed-in console session cannot be used to change state without its CSRF token.
 */
class SecurityIT extends EmbeddedFreshetIT {

  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

  @Autowired
  UserDetailsService users;

  private record Operation(String method, String path) {}

  private List<Operation> apiOperations() {
    JsonNode paths = api.get("/v3/api-docs").json().get("paths");
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
        operations.add(new Operation(method.getKey().toUpperCase(java.util.Locale.ROOT),
            PATH_VARIABLE.matcher(path.getKey()).replaceAll("1")));
      }
    }
    return operations;
  }

  private HttpResponse<String> call(String method, String path, String user, String password) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json");
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aPasswordConfiguredWithAnEncodingKeepsItAfterLogins() throws Exception {
    assertThat(call("GET", "/api/sources", "nora", "reader-secret").statusCode()).isEqualTo(200);
    assertThat(call("GET", "/api/sources", "nora", "reader-secret").statusCode()).isEqualTo(200);
    assertThat(call("GET", "/api/sources", "nora", "wrong").statusCode()).isEqualTo(401);
    // not re-encoded to bcrypt at the first login, which would cost every later request a hash
    assertThat(users.loadUserByUsername("nora").getPassword()).isEqualTo("{noop}reader-secret");
  }

  @Test
  void everyApiOperationRefusesAnonymousCallersAndViewersCannotChangeAnything() throws Exception {
    List<Operation> operations = apiOperations();
    assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(20);
    List<String> wrong = new ArrayList<>();
    int changing = 0;
    for (Operation op : operations) {
      if (op.path().startsWith("/webhooks/")) {
        continue; // open by design: each delivery's signature is checked by its source
      }
      int anonymous = call(op.method(), op.path(), null, null).statusCode();
      if (anonymous != 401) {
        wrong.add(op + " without a login answered " + anonymous);
      }
      if (!op.method().equals("GET")) {
        changing++;
        int viewer = call(op.method(), op.path(), "vera", "viewer-secret").statusCode();
        if (viewer != 403) {
          wrong.add(op + " as a viewer answered " + viewer);
        }
      }
    }
    assertThat(changing).as("state-changing operations checked").isGreaterThan(10);
    assertThat(wrong).isEmpty();

    for (String endpoint : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/env", "/actuator/info",
        "/v3/api-docs", "/swagger-ui.html")) {
      assertThat(call("GET", endpoint, null, null).statusCode()).as(endpoint).isEqualTo(401);
    }
    HttpResponse<String> health = call("GET", "/actuator/health", null, null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).as("anonymous probes see statuses, no details").contains("\"status\"")
        .doesNotContain("details");
  }

  @Test
  void everyConsoleRouteSendsAnAnonymousVisitorToTheLoginPage() throws Exception {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
    List<String> routes = new ArrayList<>();
    for (BeanDefinition view : scanner.findCandidateComponents("dev.freshet.ui")) {
      String route = Class.forName(view.getBeanClassName()).getAnnotation(Route.class).value();
      if (!route.equals("login")) {
        routes.add("/" + route.replaceAll("/:[^/]+\\?$", "/some-correlation-id"));
      }
    }
    assertThat(routes).as("console routes").hasSizeGreaterThanOrEqualTo(7);
    for (String route : routes) {
      HttpResponse<String> response = call("GET", route, null, null);
      assertThat(response.statusCode()).as(route).isEqualTo(302);
      assertThat(response.headers().firstValue("Location").orElse("")).as(route).endsWith("/login");
    }
  }

  @Test
  void aSignedInConsoleSessionCannotChangeStateWithoutItsCsrfToken() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> login = send(browser, HttpRequest.newBuilder(uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))));
    assertThat(login.statusCode()).as("signed in").isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

    // the REST API ignores the console's session: a cross-site request has nothing to ride on
    assertThat(send(browser, HttpRequest.newBuilder(uri("/api/sources/demo/pause"))
        .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(401);

    // a console request (Vaadin's UIDL) is carried out only with the UI's security key
    String init = send(browser, HttpRequest.newBuilder(uri("/?v-r=init&location=&query="))).body();
    Matcher ui = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(init);
    Matcher key = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(init);
    assertThat(ui.find() && key.find()).as("the console's bootstrap names the UI and its key").isTrue();
    assertThat(uidl(browser, ui.group(1), "forged")).contains("\"appError\"").contains("\"syncId\":-1");
    assertThat(uidl(browser, ui.group(1), key.group(1))).doesNotContain("appError").contains("\"syncId\":1");

    // Spring Security's token guards the rest (sign out): refused without it, done with it
    assertThat(send(browser, HttpRequest.newBuilder(uri("/logout")).POST(HttpRequest.BodyPublishers.noBody()))
        .statusCode()).isEqualTo(403);
    Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(
        send(browser, HttpRequest.newBuilder(uri("/"))).body());
    assertThat(csrf.find()).as("the page's CSRF token").isTrue();
    HttpResponse<String> logout = send(browser, HttpRequest.newBuilder(uri("/logout"))
        .header("X-CSRF-TOKEN", csrf.group(1)).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(logout.statusCode()).isEqualTo(302);
    HttpResponse<String> after = send(browser, HttpRequest.newBuilder(uri("/sources")));
    assertThat(after.statusCode()).as("signed out").isEqualTo(302);
    assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
  }

  private String uidl(HttpClient browser, String uiId, String securityKey) throws Exception {
    return send(browser, HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"" + securityKey
            + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"))).body();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
