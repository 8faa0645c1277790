package dev.freshet.api.source;

import org.jspecify.annotations.Nullable;

/**
 * One option of a connector, read from {@code freshet.sources.<id>.<name>}.
 *
 * @param name option name relative to the source, e.g. {@code slot-name} or
 *     {@code collections.<name>.table}
 * @param description what it does, for the configuration reference
 * @param defaultValue the default, or null when the option is required or has no default
 */
public record ConfigOption(String name, String description, @Nullable String defaultValue) {}
