package dev.freshet.core.index;

import dev.freshet.api.error.UnavailableException;
import dev.freshet.core.embedding.Embedder;
import dev.freshet.core.json.Json;
import dev.freshet.core.store.VectorStoreFactory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The index generations and their open stores. At start it reconciles the configured model and splitter
 * with the stored generations: the ACTIVE one keeps serving; if the configuration asks for other
 * settings, a BUILDING generation is created (or resumed) and filled in the background by {@link
 * GenerationBuilder}, then switched to atomically. The previous one becomes RETIRED and is kept current
 * until it is dropped, so a switch can be rolled back. Thread-safe.
 */
public class IndexGenerations implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(IndexGenerations.class);
  private static final String COLUMNS = "id, model, splitter, status, done, total, estimate::text, created_at, "
      + "completed_at, activated_at";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final VectorStoreFactory stores;
  private final Function<String, Embedder> embedders;
  private final Map<Integer, LiveGeneration> open = new ConcurrentHashMap<>();
  private volatile int activeId;

  /**
   * @param embedders the embedder of a model id (the configured one, or another that can be loaded);
   *     throws a configuration error naming the fix for a model that cannot be loaded
   */
  public IndexGenerations(JdbcTemplate jdbc, TransactionTemplate tx, VectorStoreFactory stores,
      Function<String, Embedder> embedders) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.stores = stores;
    this.embedders = embedders;
  }

  /** Reconciles the stored generations with the configured settings and opens every live one. */
  public synchronized void open(String model, String splitter, DocumentStates documents,
      @Nullable Double pricePerMillionTokens) {
    List<Generation> all = list();
    Optional<Generation> active = all.stream().filter(g -> g.status().equals("ACTIVE")).findFirst();
    if (active.isEmpty()) {
      insert(1, model, splitter, "ACTIVE", Map.of());
    } else if (!active.get().matches(model, splitter)) {
      Optional<Generation> wanted = all.stream().filter(g -> !g.status().equals("DROPPED") && g.matches(model, splitter))
          .findFirst();
      if (wanted.isEmpty()) {
        int id = all.stream().mapToInt(Generation::id).max().orElse(0) + 1;
        Map<String, @Nullable Object> estimate = documents.estimate(Chunker.of(splitter).maxChars(),
            pricePerMillionTokens);
        insert(id, model, splitter, "BUILDING", estimate);
        log.info("The embedding model, splitter or keyword analysis changed ({} {} -> {} {}): building generation {} in the background "
            + "while generation {} keeps serving. Estimated work: {}", active.get().model(), active.get().splitter(),
            model, splitter, id, active.get().id(), estimate);
      } else if (wanted.get().status().equals("RETIRED")) {
        log.warn("The configuration asks for {} {}, which generation {} has, but it was rolled back: generation {} "
            + "keeps serving. Activate generation {} (POST /api/generations/{}/activate) or change the configuration.",
            model, splitter, wanted.get().id(), active.get().id(), wanted.get().id(), wanted.get().id());
      }
    }
    for (Generation g : list()) {
      if (g.status().equals("BUILDING") && !g.matches(model, splitter)) {
        // the configuration changed again before this build finished: it will never be wanted
        jdbc.update("update index_generation set status = 'DROPPED' where id = ?", g.id());
        stores.drop(g.storeName());
        log.info("Dropped the unfinished generation {} ({} {}): the configuration no longer asks for it", g.id(),
            g.model(), g.splitter());
        continue;
      }
      if (!g.status().equals("DROPPED")) {
        open.put(g.id(), new LiveGeneration(g, stores.open(g.storeName()), embedders.apply(g.model()),
            Chunker.of(g.splitter())));
      }
      if (g.status().equals("ACTIVE")) {
        activeId = g.id();
      }
    }
  }

  /**
   * The generation that serves search.
   *
   * @throws UnavailableException while Freshet is starting: the web server answers before the index is open
   */
  public LiveGeneration active() {
    LiveGeneration active = open.get(activeId);
    if (active == null) {
      throw new UnavailableException("the index is not open yet: Freshet is still starting", null,
          Duration.ofSeconds(1));
    }
    return active;
  }

  /** Whether the serving generation is open: false until start-up opens the index (see {@link #active()}). */
  public boolean isOpen() {
    return open.containsKey(activeId);
  }

  /** Every generation that is written to: active, building and retired (for rollback). */
  public List<LiveGeneration> live() {
    return List.copyOf(open.values());
  }

  public Optional<LiveGeneration> building() {
    return open.values().stream().filter(g -> refresh(g.generation().id()).status().equals("BUILDING")).findFirst();
  }

  public List<Generation> list() {
    return jdbc.query("select " + COLUMNS + " from index_generation order by id", (rs, n) -> read(rs));
  }

  /**
   * Makes a retired generation serve search again (a rollback, or forward after one); the serving one is
   * RETIRED. Atomic. A BUILDING generation becomes active only when its build completes.
   */
  public synchronized void activate(int id) {
    String status = open.containsKey(id) ? refresh(id).status() : "not open (dropped, or never existed)";
    if (status.equals("ACTIVE")) {
      return;
    }
    if (!status.equals("RETIRED")) {
      throw new IllegalArgumentException("generation " + id + " is " + status + "; only a retired generation can be "
          + "activated (a building one switches by itself when it is complete)");
    }
    switchTo(id);
  }

  /** Called by the builder when every document is in: the generation serves search from now on. */
  synchronized void completeBuild(int id) {
    switchTo(id);
  }

  private void switchTo(int id) {
    LiveGeneration target = open.get(id);
    tx.executeWithoutResult(s -> {
      jdbc.update("update index_generation set status = 'RETIRED' where status = 'ACTIVE'");
      jdbc.update("update index_generation set status = 'ACTIVE', activated_at = clock_timestamp(), "
          + "completed_at = coalesce(completed_at, clock_timestamp()) where id = ?", id);
    });
    activeId = id;
    open.replaceAll((gid, g) -> new LiveGeneration(refresh(gid), g.store(), g.embedder(), g.chunker()));
    log.info("Generation {} ({} {}) now serves search", id, target.generation().model(), target.generation().splitter());
  }

  /** Drops a retired generation: closes and deletes its store. Rolling back to it is then impossible. */
  public synchronized void drop(int id) {
    Generation g = open.containsKey(id) ? refresh(id) : null;
    if (g == null || !g.status().equals("RETIRED")) {
      throw new IllegalArgumentException("generation " + id + " is " + (g == null ? "not open" : g.status())
          + "; only a retired generation can be dropped");
    }
    jdbc.update("update index_generation set status = 'DROPPED' where id = ?", id);
    LiveGeneration closed = open.remove(id);
    if (closed != null) {
      closed.store().close();
    }
    stores.drop(g.storeName());
    log.info("Dropped generation {}", id);
  }

  /** Records a building generation's progress; the cursor is where a resumed build continues. */
  void progress(int id, int done, int total, @Nullable String cursor) {
    jdbc.update("update index_generation set done = ?, total = ?, cursor = ? where id = ?", done, total, cursor, id);
  }

  @Nullable String cursor(int id) {
    return jdbc.queryForObject("select cursor from index_generation where id = ?", String.class, id);
  }

  Generation refresh(int id) {
    return jdbc.queryForObject("select " + COLUMNS + " from index_generation where id = ?", (rs, n) -> read(rs), id);
  }

  @Override
  public synchronized void close() {
    open.values().forEach(g -> g.store().close());
    open.clear();
  }

  private void insert(int id, String model, String splitter, String status, Map<String, @Nullable Object> estimate) {
    jdbc.update("insert into index_generation (id, model, splitter, status, estimate, activated_at, completed_at) "
        + "values (?, ?, ?, ?, ?::jsonb, ?, ?)", id, model, splitter, status, Json.write(estimate),
        status.equals("ACTIVE") ? Timestamp.from(java.time.Instant.now()) : null,
        status.equals("ACTIVE") ? Timestamp.from(java.time.Instant.now()) : null);
  }

  private static Generation read(ResultSet rs) throws SQLException {
    Timestamp completed = rs.getTimestamp("completed_at");
    Timestamp activated = rs.getTimestamp("activated_at");
    return new Generation(rs.getInt("id"), rs.getString("model"), rs.getString("splitter"), rs.getString("status"),
        rs.getInt("done"), rs.getInt("total"), Json.readMap(rs.getString("estimate")),
        rs.getTimestamp("created_at").toInstant(), completed == null ? null : completed.toInstant(),
        activated == null ? null : activated.toInstant());
  }
}
