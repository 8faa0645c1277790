package dev.freshet.core.secret;

import dev.freshet.api.source.SourceSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sources' run-time secrets in the state database, encrypted with AES-256-GCM (the JDK's cipher; a random
 * 96-bit nonce per value, the source id and name as authenticated data). The key never enters the database.
 * A value can be revealed to an operator once; afterwards only its metadata is shown.
 */
public class SecretStore {

  /**
   * What the console and the API may show of a secret: never its value.
   *
   * @param source the source id
   * @param name the secret's name
   * @param createdAt when the source stored it
   * @param revealedAt when an operator revealed it, null while never revealed
   * @param revealedBy who revealed it
   */
  public record SecretInfo(String source, String name, Instant createdAt, @Nullable Instant revealedAt,
      @Nullable String revealedBy) {}

  /** The secret was revealed before; it is shown only once. */
  public static final class AlreadyRevealedException extends RuntimeException {
    AlreadyRevealedException(String message) {
      super(message);
    }
  }

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final JdbcTemplate jdbc;
  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  public SecretStore(JdbcTemplate jdbc, SecretKey key) {
    this.jdbc = jdbc;
    this.key = key;
  }

  /** The view of one source's secrets that its connector gets. */
  public SourceSecrets forSource(String sourceId) {
    return new SourceSecrets() {
      @Override
      public Optional<String> get(String name) {
        return SecretStore.this.get(sourceId, name);
      }

      @Override
      public boolean putIfAbsent(String name, String value) {
        return SecretStore.this.putIfAbsent(sourceId, name, value);
      }
    };
  }

  public Optional<String> get(String sourceId, String name) {
    List<byte[][]> rows = jdbc.query("select nonce, ciphertext from source_secret where source_id = ? and name = ?",
        (rs, n) -> new byte[][] {rs.getBytes(1), rs.getBytes(2)}, sourceId, name);
    return rows.stream().findFirst().map(row -> decrypt(sourceId, name, row[0], row[1]));
  }

  public boolean putIfAbsent(String sourceId, String name, String value) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] ciphertext = crypt(Cipher.ENCRYPT_MODE, sourceId, name, nonce, value.getBytes(StandardCharsets.UTF_8));
    return jdbc.update("""
        insert into source_secret (source_id, name, nonce, ciphertext) values (?, ?, ?, ?)
        on conflict (source_id, name) do nothing""", sourceId, name, nonce, ciphertext) == 1;
  }

  /** Every stored secret's metadata, for the API and the console. */
  public List<SecretInfo> list(String sourceId) {
    return jdbc.query("""
        select source_id, name, created_at, revealed_at, revealed_by from source_secret
        where source_id = ? order by name""", (rs, n) -> new SecretInfo(rs.getString(1), rs.getString(2),
        rs.getTimestamp(3).toInstant(), instant(rs.getTimestamp(4)), rs.getString(5)), sourceId);
  }

  /**
   * The value, the first time only: the reveal is recorded with the operator's name in the same statement,
   * so two concurrent calls cannot both see it.
   *
   * @return empty when no such secret is stored
   * @throws AlreadyRevealedException when it was revealed before
   */
  public Optional<String> revealOnce(String sourceId, String name, String operator) {
    List<byte[][]> rows = jdbc.query("""
        update source_secret set revealed_at = clock_timestamp(), revealed_by = ?
        where source_id = ? and name = ? and revealed_at is null returning nonce, ciphertext""",
        (rs, n) -> new byte[][] {rs.getBytes(1), rs.getBytes(2)}, operator, sourceId, name);
    if (!rows.isEmpty()) {
      return Optional.of(decrypt(sourceId, name, rows.getFirst()[0], rows.getFirst()[1]));
    }
    Optional<SecretInfo> existing = list(sourceId).stream().filter(s -> s.name().equals(name)).findFirst();
    if (existing.isPresent()) {
      throw new AlreadyRevealedException("the secret " + name + " of source " + sourceId + " was revealed at "
          + existing.get().revealedAt() + " by " + existing.get().revealedBy() + " and is shown only once; delete "
          + "it to let the source learn a new one");
    }
    return Optional.empty();
  }

  /** Forgets the secret, so the source can learn a new one. Returns whether one was stored. */
  public boolean delete(String sourceId, String name) {
    return jdbc.update("delete from source_secret where source_id = ? and name = ?", sourceId, name) == 1;
  }

  private String decrypt(String sourceId, String name, byte[] nonce, byte[] ciphertext) {
    return new String(crypt(Cipher.DECRYPT_MODE, sourceId, name, nonce, ciphertext), StandardCharsets.UTF_8);
  }

  private byte[] crypt(int mode, String sourceId, String name, byte[] nonce, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD((sourceId + "\0" + name).getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new IllegalStateException("cannot decrypt the secret " + name + " of source " + sourceId + ": the "
          + "secret key (freshet.security.secret-key, or secret.key in the data directory) is not the one it was "
          + "stored with. Restore that key, or delete the secret (DELETE /api/sources/" + sourceId + "/secrets/"
          + name + ") and let the source learn it again", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed for the secret " + name + " of source " + sourceId, e);
    }
  }

  private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
