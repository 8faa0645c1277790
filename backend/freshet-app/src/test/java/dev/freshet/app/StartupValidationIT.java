package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A configuration Freshet cannot run with stops start-up with the property's name and the fix. */
class StartupValidationIT {

  @TempDir
  Path dataDir;

  private void start(String... extra) {
    String[] args = new String[extra.length + 3];
    args[0] = "--freshet.data-dir=" + dataDir;
    args[1] = "--server.port=0";
    args[2] = "--freshet.embedded-postgres.port=0";
    System.arraycopy(extra, 0, args, 3, extra.length);
    new SpringApplicationBuilder(FreshetApplication.class).run(args).close();
  }

  @Test
  void aTableWithoutItsSchemaNamesThePropertyAndTheFix() {
    assertThatThrownBy(() -> start("--freshet.sources.demo.collections.articles.table=articles"))
        .rootCause()
        .hasMessageContaining("freshet.sources.demo.collections.articles.table")
        .hasMessageContaining("e.g. public.articles");
  }

  @Test
  void aMappedColumnMissingFromTheTableNamesThePropertyAndTheColumns() {
    assertThatThrownBy(() -> start("--freshet.sources.demo.collections.articles.text-columns=title,abstract"))
        .rootCause()
        .hasMessageContaining("freshet.sources.demo.collections.articles.text-columns: column 'abstract' does not "
            + "exist in public.articles")
        .hasMessageContaining("body");
  }

  @Test
  void aCollectionQueryThatDoesNotRunNamesThePropertyAndTheDatabaseError() {
    String q = "--freshet.sources.demo.collections.joined.";
    assertThatThrownBy(() -> start(q + "query=select id, title from missing_table", q + "text-columns=title",
        q + "tables.public.articles=id"))
        .rootCause()
        .hasMessageContaining("freshet.sources.demo.collections.joined.query: the query does not run")
        .hasMessageContaining("missing_table");
  }

  @Test
  void anEventSchemaThatChangedIncompatiblyWithoutANewVersionStopsStartUpWithTheDifference() throws Exception {
    try (StandaloneFreshet first = StandaloneFreshet.start(dataDir)) {
      // as if an older Freshet had registered a looser document.changed/1: one more operation was allowed
      first.state.update("update event_schema set schema = jsonb_set(schema, '{properties,operation,enum}', "
          + "(schema #> '{properties,operation,enum}') || '[\"MERGE\"]'::jsonb), fingerprint = 'older' "
          + "where type = 'document.changed' and version = 1");
    }

    assertThatThrownBy(() -> start("--freshet.security.admin-password=standalone-secret"))
        .rootCause()
        .hasMessageContaining("document.changed/1 changed without a new version, breaking its BACKWARD rule")
        .hasMessageContaining("operation: the new schema does not accept the value \"MERGE\"")
        .hasMessageContaining("Give the changed type a new version");
  }

  @Test
  void anUnknownSourceTypeListsTheKnownOnes() {
    assertThatThrownBy(() -> start("--freshet.sources.wiki.type=confluence"))
        .rootCause()
        .hasMessageContaining("freshet.sources.wiki.type: no connector of type 'confluence'")
        .hasMessageContaining("[debezium-kafka, files, github, notion, postgres]");
  }

  @Test
  void anUnknownAnalyzerListsTheKnownOnes() {
    assertThatThrownBy(() -> start("--freshet.sources.demo.analyzer=klingon"))
        .rootCause()
        .hasMessageContaining("freshet.sources.demo.analyzer: unknown analyzer 'klingon'")
        .hasMessageContaining("english, standard, danish");
  }

  @Test
  void theKafkaTransportWithoutBrokersNamesThePropertyAndAnUnknownRoleIsRefused() {
    assertThatThrownBy(() -> start("--freshet.transport.type=kafka"))
        .rootCause()
        .hasMessageContaining("freshet.transport.kafka.bootstrap-servers: is not set")
        .hasMessageContaining("FRESHET_TRANSPORT_KAFKA_BOOTSTRAP_SERVERS");
    assertThatThrownBy(() -> start("--freshet.roles=sources,indexer"))
        .rootCause()
        .hasMessageContaining("freshet.roles: unknown role 'indexer'")
        .hasMessageContaining("sources, workers, console");
  }

  @Test
  void anInvalidDispatcherSettingNamesTheProperty() {
    assertThatThrownBy(() -> start("--freshet.dispatcher.max-attempts=0"))
        .rootCause()
        .hasMessageContaining("freshet.dispatcher.max-attempts: must be 1 or more");
  }
}
