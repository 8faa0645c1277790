package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console in a real headless Chromium (Debian's package, driven by Playwright) against the fully started
 * Freshet: sign in, change a row of the demo database and follow its trace through every step; make the model
 * reject a row, find the dead letter, fix the row, retry and see it resolved; a viewer cannot retry. Saves a
 * screenshot of each view under {@code target/screenshots}; with {@code -Dfreshet.screenshots.docs=true} also
 * under {@code docs/images} for the README and the docs.
 */
class ConsoleBrowserIT extends EmbeddedFreshetIT {

  private static final Path SHOTS = Path.of("target", "screenshots");
  private static Playwright playwright;
  private static Browser browser;
  private BrowserContext context;
  private Page page;

  @BeforeAll
  static void launch() {
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(chromium())
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic")));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void newContext() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
    context.setDefaultTimeout(30_000);
    page = context.newPage();
  }

  @AfterEach
  void closeContext() {
    context.close();
  }

  @Test
  void anOperatorFollowsADatabaseChangeThroughItsTraceAndSeesEveryStep() throws Exception {
    signIn("admin", PASSWORD);
    PlaywrightAssertions.assertThat(page.getByText("Freshness").first()).isVisible();
    long id = insertArticle("Browser trace article", "Freshet shows every step of this change in its console.");
    // the insert's run reads the row as it is then: let it finish first, so the edit's own run embeds the edit
    await().atMost(TIMEOUT).until(() -> indexedAs("kb:public.articles:" + id, "every step"));
    // new text in the body as well, so the run has chunks to embed (an unchanged chunk would be reused)
    execute("update articles set title = 'Browser trace article, edited', "
        + "body = body || ' Edited from the browser test.' where id = ?", id);
    String subject = "kb:public.articles:" + id;
    await().atMost(TIMEOUT).until(() -> indexedAs(subject, "edited"));
    String correlationId = stateDb.queryForObject("""
        select correlation_id from event_log where subject = ? and type = 'document.changed'
        order by seq desc limit 1""", String.class, subject);
    screenshot("overview");
    Locator updated = page.getByText("updated ").first();
    String before = updated.textContent();
    PlaywrightAssertions.assertThat(updated).not().hasText(before, new LocatorAssertions.HasTextOptions()
        .setTimeout(10_000)); // the overview refreshes itself by server push, without a reload

    page.navigate(url("traces"));
    page.getByLabel("Correlation id").fill(correlationId);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
    page.getByText(correlationId).first().click();

    Locator waterfall = page.locator("vaadin-grid").nth(1);
    for (String step : List.of("commit at source demo", "document.changed v1 · " + subject, "indexer · attempt 1", "load",
        "split", "embed", "store", "document.indexed v1 · " + subject, "searchable")) {
      PlaywrightAssertions.assertThat(waterfall.getByText(step, new Locator.GetByTextOptions().setExact(true)).first())
          .isVisible();
    }
    screenshot("traces");
    // a click on the step's name would fold its row: select it by its outcome cell
    waterfall.getByText("UPDATE", new Locator.GetByTextOptions().setExact(true)).first().click();
    PlaywrightAssertions.assertThat(page.locator("pre").filter(new Locator.FilterOptions()
        .setHasText("+Browser trace article, edited"))).isVisible();

    page.navigate(url("search"));
    page.locator("input[placeholder^='Ask the knowledge base']").fill(
        "which article shows every step of a change?");
    page.keyboard().press("Enter");
    PlaywrightAssertions.assertThat(page.getByText(subject).first()).isVisible();
    screenshot("search");
    for (String view : List.of("sources", "schemas", "audit")) {
      page.navigate(url(view));
      page.waitForLoadState();
      PlaywrightAssertions.assertThat(page.locator("vaadin-grid").first()).isVisible();
      screenshot(view);
    }

    // the drift audit from the console: no drift in a quiet, fully indexed pipeline
    await().atMost(TIMEOUT).until(() -> stateDb.queryForObject(
        "select count(*) from delivery where status in ('PENDING', 'RUNNING')", Long.class) == 0);
    page.navigate(url("drift"));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run drift audit")).click();
    PlaywrightAssertions.assertThat(page.getByText(java.util.regex.Pattern.compile("compared in \\d+ ms"))).isVisible(
        new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    // the same answer as the API's (a document another test left dead-lettered is drift, and listed)
    tools.jackson.databind.JsonNode report = api.post("/api/drift-audit").json();
    long count = report.get("differenceCount").asLong();
    PlaywrightAssertions.assertThat(page.getByText(count == 0 ? "No drift: the index equals a rebuild."
        : count + " difference(s).", new Page.GetByTextOptions())).isVisible();
    if (count > 0) {
      PlaywrightAssertions.assertThat(page.locator("vaadin-grid").getByText(
          report.get("differences").get(0).get("subject").asString()).first()).isVisible();
    }
    screenshot("drift");
  }

  @Test
  void anOperatorFindsTheDeadLetterOfARejectedRowRetriesItAfterTheFixAndSeesItResolved() throws Exception {
    long id = insertArticle("Browser poison article", "The model rejects this text: "
        + FaultInjectingEmbeddingModel.POISON);
    String subject = "kb:public.articles:" + id;
    await().atMost(TIMEOUT).until(() -> !deadLettersFor(subject).isEmpty());
    signIn("otto", "operator-secret");

    page.navigate(url("dead-letters"));
    page.getByLabel("Subject contains").fill("articles:" + id);
    page.keyboard().press("Enter");
    page.getByText(subject).first().click();
    PlaywrightAssertions.assertThat(page.getByText("the model rejects this text").first()).isVisible();
    screenshot("dead-letters");
    execute("update articles set body = 'The model accepts this text now.' where id = ?", id);

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retry").setExact(true)).click();

    PlaywrightAssertions.assertThat(page.getByText("0 open dead letter(s)")).isVisible();
    await().atMost(TIMEOUT).until(() -> indexedAs(subject, "accepts"));
    page.locator("vaadin-select").first().click();
    page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("RETRIED")).click();
    page.getByText(subject).first().click();
    PlaywrightAssertions.assertThat(page.getByText("dead-letter.retry").first()).isVisible();
    PlaywrightAssertions.assertThat(page.getByText("otto").first()).isVisible();
  }

  @Test
  void aViewerSeesTheDeadLetterButHasNoRetry() throws Exception {
    long id = insertArticle("Browser viewer article", "Viewers only look: " + FaultInjectingEmbeddingModel.POISON);
    String subject = "kb:public.articles:" + id;
    await().atMost(TIMEOUT).until(() -> !deadLettersFor(subject).isEmpty());
    signIn("vera", "viewer-secret");

    page.navigate(url("dead-letters"));
    page.getByLabel("Subject contains").fill("articles:" + id);
    page.keyboard().press("Enter");
    page.getByText(subject).first().click();

    PlaywrightAssertions.assertThat(page.getByText("the model rejects this text").first()).isVisible();
    PlaywrightAssertions.assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retry")
        .setExact(true))).hasCount(0);
    PlaywrightAssertions.assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
        .setName("Discard…"))).hasCount(0);
    page.navigate(url("sources"));
    PlaywrightAssertions.assertThat(page.locator("vaadin-grid").getByText("demo", new Locator.GetByTextOptions()
        .setExact(true))).isVisible();
    PlaywrightAssertions.assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause")))
        .hasCount(0);
    assertThat(deadLettersFor(subject)).hasSize(1);
  }

  private void signIn(String user, String password) {
    page.navigate(url("login"));
    // a click before the login form's web component is upgraded, or before Flow has set its action, would
    // submit nothing (the form then fires a Flow event nobody listens to, instead of posting to /login)
    page.waitForFunction("() => customElements.get('vaadin-login-form') && customElements.get('vaadin-button')"
        + " && document.querySelector('vaadin-login-form')?.action === 'login'");
    // and before Flow's client has finished its first round trip (what TestBench's waitForVaadin waits for)
    page.waitForFunction("() => { const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
        + " return !!c && Object.keys(c).length > 0 && Object.values(c).every(x => !x.isActive()); }");
    for (int attempt = 1; ; attempt++) {
      page.locator("input[name='username']").fill(user);
      page.locator("input[name='password']").fill(password);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
      try {
        PlaywrightAssertions.assertThat(page.getByText("Sign out")).isVisible(
            new LocatorAssertions.IsVisibleOptions().setTimeout(attempt == 1 ? 15_000 : 30_000));
        return;
      } catch (AssertionError notSignedIn) {
        String shown = page.url() + ": " + page.innerText("body").replaceAll("\\s+", " ");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("sign-in-failed-" + user + ".png")));
        if (attempt == 1 && page.url().endsWith("/login")) {
          // still on an untouched sign-in page: the submit went nowhere; once more, and say so in the output
          System.out.println("ConsoleBrowserIT: the first sign-in of " + user + " submitted nothing, again: " + shown);
          continue;
        }
        throw new AssertionError("not signed in as " + user + "; the browser shows " + shown, notSignedIn);
      }
    }
  }

  private boolean indexedAs(String subject, String text) {
    return chunkTexts(subject).stream().anyMatch(t -> t.contains(text));
  }

  private String url(String path) {
    return "http://localhost:" + port + "/" + path;
  }

  private void screenshot(String name) throws IOException {
    page.waitForTimeout(300); // let the grid finish rendering its rows
    Path shot = SHOTS.resolve("console-" + name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(shot));
    // what the page showed, for SecretScanIT: its HTML and its rendered text
    Path pages = Path.of("target", "pages");
    Files.createDirectories(pages);
    Files.writeString(pages.resolve("console-" + name + ".html"), page.content());
    Files.writeString(pages.resolve("console-" + name + ".txt"), page.innerText("body"));
    if (Boolean.getBoolean("freshet.screenshots.docs")) {
      Path docs = Path.of("..", "..", "docs", "images");
      Files.createDirectories(docs);
      Files.copy(shot, docs.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Debian's chromium (or chromium-browser, or FRESHET_CHROMIUM), found on the PATH. */
  private static Path chromium() {
    String configured = System.getenv("FRESHET_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .flatMap(dir -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(dir, name)))
        .filter(Files::isExecutable).findFirst()
        .orElseThrow(() -> new IllegalStateException("The browser tests need Chromium: install it "
            + "(apt-get install chromium; .ci/run does) or set FRESHET_CHROMIUM to its executable"));
  }
}
