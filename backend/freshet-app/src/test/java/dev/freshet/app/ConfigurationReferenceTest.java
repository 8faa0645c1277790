package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.freshet.api.source.ConfigOption;
import dev.freshet.api.source.SourceConnectorProvider;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** docs/configuration.md documents every freshet.* property the build knows, with its default. */
class ConfigurationReferenceTest {

  private static final Path REFERENCE = Path.of("../../docs/configuration.md");

  @Test
  void everyPropertyInTheConfigurationMetadataIsDocumentedWithItsDefault() throws Exception {
    String reference = Files.readString(REFERENCE);
    List<JsonNode> properties = new ArrayList<>();
    for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        JsonMapper.builder().build().readTree(in).get("properties").forEach(properties::add);
      }
    }
    List<JsonNode> freshet = properties.stream().filter(p -> p.get("name").asString().startsWith("freshet.")).toList();
    assertThat(freshet).as("metadata of freshet-core and freshet-app").hasSizeGreaterThanOrEqualTo(15);

    for (JsonNode property : freshet) {
      String name = property.get("name").asString();
      String row = rowOf(reference, "`" + name + "`");
      assertThat(row).as("a row for %s in %s", name, REFERENCE).isNotEmpty();
      JsonNode defaultValue = property.get("defaultValue");
      if (defaultValue != null && !defaultValue.isNull() && !name.equals("freshet.store.lucene-path")) {
        String expected = defaultValue.isBoolean() ? defaultValue.asString().toLowerCase() : defaultValue.asString();
        assertThat(row).as("the default of %s", name).contains("`" + expected);
      }
    }
  }

  @Test
  void everyConnectorOptionIsDocumented() throws Exception {
    String reference = Files.readString(REFERENCE);
    List<SourceConnectorProvider> providers = ServiceLoader.load(SourceConnectorProvider.class).stream()
        .map(ServiceLoader.Provider::get).toList();
    assertThat(providers).extracting(SourceConnectorProvider::type).contains("postgres", "files", "github", "notion");
    for (SourceConnectorProvider provider : providers) {
      assertThat(reference).contains("### `type: " + provider.type() + "`");
      for (ConfigOption option : provider.options()) {
        assertThat(rowOf(reference, "`freshet.sources.<id>." + option.name() + "`"))
            .as("a row for option %s of %s", option.name(), provider.type()).isNotEmpty();
      }
    }
  }

  private static String rowOf(String reference, String quotedName) {
    return reference.lines().filter(l -> l.startsWith("| " + quotedName + " |")).findFirst().orElse("");
  }
}
