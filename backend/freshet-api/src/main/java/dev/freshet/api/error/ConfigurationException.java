package dev.freshet.api.error;

/**
 * A configuration value that Freshet cannot start with. The message names the property and says how
 * to fix it, e.g. {@code freshet.sources.demo.collections.articles.table: missing. Set it to the
 * schema-qualified table name, e.g. public.articles}.
 */
public class ConfigurationException extends FreshetException {

  private final String property;

  public ConfigurationException(String property, String problem, String fix) {
    super(property + ": " + problem + ". " + fix, null);
    this.property = property;
  }

  /** The full name of the offending property. */
  public String property() {
    return property;
  }
}
