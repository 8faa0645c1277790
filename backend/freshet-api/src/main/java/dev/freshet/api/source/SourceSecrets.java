package dev.freshet.api.source;

import java.util.Optional;

/**
 * Secrets a connector learns while it runs (Notion's webhook verification token, say), kept for it by the
 * platform: encrypted at rest in the state database, never logged, never in traces, dead letters or the
 * console. An operator can reveal a stored secret once (e.g. to paste it into the provider's settings) and
 * can delete it, which lets the connector learn a new one.
 */
public interface SourceSecrets {

  /** The secret's value, decrypted; empty when none is stored. */
  Optional<String> get(String name);

  /**
   * Stores the secret, encrypted, unless one of that name is already stored.
   *
   * @return whether it was stored: false when a secret of that name was already there (it is kept)
   */
  boolean putIfAbsent(String name, String value);
}
