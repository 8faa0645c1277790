package dev.freshet.api.event;

import java.util.regex.Pattern;

/**
 * Tells a field that holds a secret by its name (password, token, secret, API key, authorization, credential,
 * private key, signature, cookie; a count of {@code tokens} is not one). Sources use it to keep such values out of event payloads; the console masks
 * such keys in anything it shows.
 */
public final class SecretNames {

  /** What a secret value is replaced with. */
  public static final String MASK = "••••••";

  private static final Pattern SECRET = Pattern.compile(
      "(?i).*(passw(or)?d|secret|token(?!s$)|api[-_]?key|authori[sz]ation|credential|private[-_]?key|signature|cookie)"
          + ".*");

  private SecretNames() {}

  public static boolean isSecret(String name) {
    return SECRET.matcher(name).matches();
  }
}
