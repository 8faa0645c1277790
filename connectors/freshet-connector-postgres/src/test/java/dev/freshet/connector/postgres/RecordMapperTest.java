package dev.freshet.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.Operation;
import dev.freshet.api.source.TextFormat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/** Maps records shaped as Debezium's PostgreSQL connector emits them (envelope with before/after/source/op). */
class RecordMapperTest {

  private static final Schema KEY = SchemaBuilder.struct().field("id", Schema.INT64_SCHEMA).build();
  private static final Schema ROW = SchemaBuilder.struct().optional()
      .field("id", Schema.INT64_SCHEMA).field("title", Schema.OPTIONAL_STRING_SCHEMA)
      .field("body", Schema.OPTIONAL_STRING_SCHEMA).field("views", Schema.OPTIONAL_INT32_SCHEMA).build();
  private static final Schema SOURCE = SchemaBuilder.struct()
      .field("schema", Schema.STRING_SCHEMA).field("table", Schema.STRING_SCHEMA)
      .field("lsn", Schema.OPTIONAL_INT64_SCHEMA).field("txId", Schema.OPTIONAL_INT64_SCHEMA)
      .field("ts_ms", Schema.INT64_SCHEMA).field("snapshot", Schema.OPTIONAL_STRING_SCHEMA).build();
  private static final Schema ENVELOPE = SchemaBuilder.struct()
      .field("before", ROW).field("after", ROW).field("source", SOURCE).field("op", Schema.STRING_SCHEMA).build();

  private final Collection articles = new Collection("articles", "public.articles", null, List.of("id"),
      List.of("title", "body"), List.of("author"), Map.of("public.articles", new TableLink.Direct(List.of("id"))), TextFormat.TEXT);
  private final RecordMapper mapper = new RecordMapper("demo", new Subjects("kb", List.of(articles)),
      (lookup, row) -> List.of());

  /** The document event of a record (the schema report of a table's first record is checked on its own). */
  private Optional<ChangeEvent> one(SourceRecord record) {
    List<ChangeEvent> events = mapper.map(record).stream()
        .filter(e -> !e.type().equals("source.schema-changed")).toList();
    assertThat(events).hasSizeLessThanOrEqualTo(1);
    return events.stream().findFirst();
  }

  private static SourceRecord record(String op, String table, long id, long lsn, long txId) {
    Struct row = new Struct(ROW).put("id", id).put("title", "Hello");
    Struct source = new Struct(SOURCE).put("schema", "public").put("table", table).put("lsn", lsn)
        .put("txId", txId).put("ts_ms", 1_767_225_600_000L).put("snapshot", op.equals("r") ? "true" : "false");
    Struct value = new Struct(ENVELOPE).put("source", source).put("op", op)
        .put(op.equals("d") ? "before" : "after", row);
    return new SourceRecord(Map.of(), Map.of(), "freshet-demo.public." + table, KEY, new Struct(KEY).put("id", id),
        ENVELOPE, value);
  }

  @Test
  void aTablesFirstRecordAndEveryChangeOfItsColumnsReportTheSchemaWithTheMappingProblems() {
    List<ChangeEvent> first = mapper.map(record("u", "articles", 1, 10, 1));
    List<ChangeEvent> second = mapper.map(record("u", "articles", 2, 11, 2));

    assertThat(first).extracting(ChangeEvent::type).containsExactly("source.schema-changed", "document.changed");
    ChangeEvent schema = first.getFirst();
    assertThat(schema.subject()).isEqualTo("schema:demo:public.articles");
    assertThat(schema.correlationId()).as("the change that revealed it").isEqualTo(first.get(1).correlationId());
    assertThat(schema.data()).containsEntry("table", "public.articles").containsEntry("keyColumns", List.of("id"));
    assertThat(schema.data().get("columns").toString()).contains("name=body, type=string, optional=true");
    assertThat(schema.data().get("problems")).isEqualTo(
        List.of("collection articles maps the metadata column author, which public.articles no longer has"));
    assertThat(mapper.problems()).containsOnlyKeys("public.articles");
    assertThat(second).as("the same columns again: no report").extracting(ChangeEvent::type)
        .containsExactly("document.changed");

    Schema withAuthor = SchemaBuilder.struct().optional().field("id", Schema.INT64_SCHEMA)
        .field("title", Schema.OPTIONAL_STRING_SCHEMA).field("body", Schema.OPTIONAL_STRING_SCHEMA)
        .field("author", Schema.OPTIONAL_STRING_SCHEMA).build();
    Schema envelope = SchemaBuilder.struct().field("before", withAuthor).field("after", withAuthor)
        .field("source", SOURCE).field("op", Schema.STRING_SCHEMA).build();
    Struct source = new Struct(SOURCE).put("schema", "public").put("table", "articles").put("lsn", 12L)
        .put("txId", 3L).put("ts_ms", 1_767_225_600_000L).put("snapshot", "false");
    Struct value = new Struct(envelope).put("source", source).put("op", "u")
        .put("after", new Struct(withAuthor).put("id", 3L).put("author", "Ada"));
    List<ChangeEvent> altered = mapper.map(new SourceRecord(Map.of(), Map.of(), "freshet-demo.public.articles", KEY,
        new Struct(KEY).put("id", 3L), envelope, value));

    assertThat(altered).extracting(ChangeEvent::type).containsExactly("source.schema-changed", "document.changed");
    assertThat(altered.getFirst().data().get("problems")).isEqualTo(List.of());
    assertThat(mapper.problems()).as("fixed by the new columns").isEmpty();
  }

  @Test
  void anUpdateBecomesADocumentChangedEventWithOriginDerivedIds() {
    ChangeEvent event = one(record("u", "articles", 42, 0x16B3748L, 761)).orElseThrow();

    assertThat(event.type()).isEqualTo("document.changed");
    assertThat(event.version()).isEqualTo(1);
    assertThat(event.source()).isEqualTo("demo");
    assertThat(event.subject()).isEqualTo("kb:public.articles:42");
    assertThat(event.operation()).isEqualTo(Operation.UPDATE);
    assertThat(event.time()).isEqualTo(Instant.ofEpochMilli(1_767_225_600_000L));
    assertThat(event.correlationId()).isEqualTo("pg:demo:tx761:lsn" + 0x16B3748L);
    assertThat(event.causationId()).isNull();
    assertThat(event.position()).isEqualTo("lsn 0/16B3748 tx 761");
    assertThat(event.data()).containsEntry("table", "public.articles").containsEntry("key", Map.of("id", "42"))
        .doesNotContainKey("snapshot");
  }

  @Test
  void theSameRecordAlwaysMapsToTheSameEventId() {
    String first = one(record("u", "articles", 42, 100, 7)).orElseThrow().id();
    String again = one(record("u", "articles", 42, 100, 7)).orElseThrow().id();
    String later = one(record("u", "articles", 42, 200, 8)).orElseThrow().id();

    assertThat(again).isEqualTo(first);
    assertThat(later).isNotEqualTo(first);
  }

  @Test
  void aSecondSnapshotReadOfTheSameRowAtTheSamePositionIsANewEvent() {
    SourceRecord first = record("r", "articles", 9, 1, 1);
    SourceRecord later = record("r", "articles", 9, 1, 1);
    ((Struct) ((Struct) later.value()).get("source")).put("ts_ms", 1_767_225_700_000L);

    assertThat(one(later).orElseThrow().id()).isNotEqualTo(one(first).orElseThrow().id());
    assertThat(one(later).orElseThrow().correlationId()).isNotEqualTo(one(first).orElseThrow().correlationId())
        .startsWith("pg:demo:read");
  }

  @Test
  void deletesTakeTheKeyFromTheBeforeImageAndSnapshotsAreMarked() {
    assertThat(one(record("d", "articles", 9, 1, 1))).get()
        .extracting(ChangeEvent::operation, ChangeEvent::subject).containsExactly(Operation.DELETE, "kb:public.articles:9");
    assertThat(one(record("r", "articles", 9, 1, 1))).get()
        .satisfies(e -> assertThat(e.operation()).isEqualTo(Operation.SNAPSHOT))
        .satisfies(e -> assertThat(e.data()).containsEntry("snapshot", true));
  }

  @Test
  void recordsOfUnmappedTablesAndHeartbeatsAreSkipped() {
    assertThat(one(record("u", "other", 1, 1, 1))).isEmpty();
    Schema heartbeat = SchemaBuilder.struct().field("ts_ms", Schema.INT64_SCHEMA).build();
    assertThat(one(new SourceRecord(Map.of(), Map.of(), "__debezium-heartbeat.freshet-demo", heartbeat,
        new Struct(heartbeat).put("ts_ms", 1L)))).isEqualTo(Optional.empty());
  }

  private SourceRecord update(Struct before, Struct after) {
    Struct source = new Struct(SOURCE).put("schema", "public").put("table", "articles").put("lsn", 5L)
        .put("txId", 9L).put("ts_ms", 1L);
    Struct value = new Struct(ENVELOPE).put("source", source).put("op", "u").put("before", before).put("after", after);
    return new SourceRecord(Map.of(), Map.of(), "t", KEY, new Struct(KEY).put("id", 1L), ENVELOPE, value);
  }

  private static Struct row(String title, String body, int views) {
    return new Struct(ROW).put("id", 1L).put("title", title).put("body", body).put("views", views);
  }

  @Test
  void anUpdateWithTheOldRowSaysWhichColumnsChangedAndWhetherTheyAreMapped() {
    ChangeEvent viewsOnly = one(update(row("T", "B", 1), row("T", "B", 2))).orElseThrow();
    assertThat(viewsOnly.data()).containsEntry("changedColumns", List.of("views"))
        .containsEntry("textChanged", false).containsEntry("metadataChanged", false);

    ChangeEvent bodyEdit = one(update(row("T", "B", 1), row("T", "B2", 1))).orElseThrow();
    assertThat(bodyEdit.data()).containsEntry("changedColumns", List.of("body")).containsEntry("textChanged", true);
  }

  @Test
  void anUpdateCarriesTheOldAndNewValuesOfTheMappedColumnsItChangedCutAndWithSecretsMasked() {
    Schema row = SchemaBuilder.struct().optional().field("id", Schema.INT64_SCHEMA)
        .field("body", Schema.OPTIONAL_STRING_SCHEMA).field("api_token", Schema.OPTIONAL_STRING_SCHEMA)
        .field("views", Schema.OPTIONAL_INT32_SCHEMA).build();
    Schema envelope = SchemaBuilder.struct().field("before", row).field("after", row).field("source", SOURCE)
        .field("op", Schema.STRING_SCHEMA).build();
    Collection accounts = new Collection("accounts", "public.accounts", null, List.of("id"), List.of("body"),
        List.of("api_token"), Map.of("public.accounts", new TableLink.Direct(List.of("id"))), TextFormat.TEXT);
    RecordMapper accountMapper = new RecordMapper("demo", new Subjects("kb", List.of(accounts)), (l, r) -> List.of());
    String longBody = "x".repeat(RecordMapper.MAX_CHANGE_CHARS + 10);
    Struct before = new Struct(row).put("id", 1L).put("body", "old").put("api_token", "tok-old").put("views", 1);
    Struct after = new Struct(row).put("id", 1L).put("body", longBody).put("api_token", "tok-new").put("views", 2);
    Struct source = new Struct(SOURCE).put("schema", "public").put("table", "accounts").put("lsn", 5L)
        .put("txId", 9L).put("ts_ms", 1L);
    Struct value = new Struct(envelope).put("source", source).put("op", "u").put("before", before).put("after", after);

    ChangeEvent event = accountMapper.map(new SourceRecord(Map.of(), Map.of(), "t", KEY, new Struct(KEY).put("id", 1L),
        envelope, value)).stream().filter(e -> e.type().equals("document.changed")).findFirst().orElseThrow();

    assertThat(event.data().get("changedColumns")).isEqualTo(List.of("body", "api_token", "views"));
    assertThat(event.data().get("changes")).isEqualTo(Map.of(
        "body", Map.of("before", "old", "after", longBody.substring(0, RecordMapper.MAX_CHANGE_CHARS) + "…"),
        "api_token", Map.of("before", "••••••", "after", "••••••")));
  }

  @Test
  void anUnchangedToastedValueCountsAsUnchanged() {
    ChangeEvent event = one(update(row("T", "long body", 1), row("T2", RecordMapper.UNAVAILABLE, 1)))
        .orElseThrow();
    assertThat(event.data()).containsEntry("changedColumns", List.of("title"));
  }

  @Test
  void anUpdateWithoutTheOldRowLeavesTheChangeUnknown() {
    ChangeEvent event = one(record("u", "articles", 1, 1, 1)).orElseThrow();
    assertThat(event.data()).doesNotContainKeys("changedColumns", "textChanged", "metadataChanged");
  }

  @Test
  void aTruncateBecomesACollectionTruncatedEventForTheCollectionSubject() {
    Struct source = new Struct(SOURCE).put("schema", "public").put("table", "articles").put("lsn", 7L)
        .put("txId", 3L).put("ts_ms", 1L);
    Struct value = new Struct(ENVELOPE).put("source", source).put("op", "t");
    ChangeEvent event = one(new SourceRecord(Map.of(), Map.of(), "t", null, null, ENVELOPE, value)).orElseThrow();

    assertThat(event.type()).isEqualTo("collection.truncated");
    assertThat(event.subject()).isEqualTo("kb:public.articles");
    assertThat(event.operation()).isEqualTo(Operation.DELETE);
  }

  @Test
  void aChangeOfATableAQueryCollectionReadsBecomesOneEventPerDocumentTheLookupReturns() {
    Collection posts = new Collection("posts", null, "select ...", List.of("id"), List.of("title"), List.of(),
        Map.of("public.articles", TableLink.parse("p", "select id from posts where author_id = :id")), TextFormat.TEXT);
    List<Map<String, Object>> lookedUp = new java.util.ArrayList<>();
    RecordMapper byAuthor = new RecordMapper("demo", new Subjects("kb", List.of(posts)), (lookup, row) -> {
      lookedUp.add(row);
      return row.get("title").equals("Old") ? List.of(List.of("7"), List.of("8")) : List.of(List.of("8"), List.of("9"));
    });

    List<ChangeEvent> events = byAuthor.map(update(row("Old", "B", 1), row("New", "B", 1))).stream()
        .filter(e -> e.type().equals("document.changed")).toList();

    assertThat(events).extracting(ChangeEvent::subject)
        .containsExactly("kb:posts:7", "kb:posts:8", "kb:posts:9");
    assertThat(lookedUp).hasSize(2); // by the old row and by the new one
    assertThat(events.get(0).data()).containsEntry("table", "public.articles").containsEntry("collection", "posts")
        .doesNotContainKeys("textChanged", "metadataChanged");
    assertThat(events).extracting(ChangeEvent::id).doesNotHaveDuplicates();
  }

  @Test
  void lsnsArePrintedAsPostgresDoes() {
    assertThat(RecordMapper.formatLsn(0x1_0000_00FFL)).isEqualTo("1/FF");
  }
}
