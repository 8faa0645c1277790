package dev.freshet.api.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature both GitHub ({@code X-Hub-Signature-256}) and Notion ({@code X-Notion-Signature}) put on a
 * delivery: {@code sha256=} and the hex HMAC-SHA256 of the raw body, keyed by a shared secret. The JDK's
 * {@link Mac} does the cryptography; this class only fixes the format and compares in constant time.
 */
public final class HmacSignatures {

  private HmacSignatures() {}

  /** {@code sha256=<hex>} of the body, keyed by the secret's UTF-8 bytes. */
  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  /**
   * Whether the signature is the body's, compared in constant time so the comparison leaks nothing about
   * the expected value. A SHA-1 signature ({@code sha1=...}) or any other form never matches.
   */
  public static boolean valid(String secret, byte[] body, String signature) {
    return MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
        signature.strip().getBytes(StandardCharsets.US_ASCII));
  }
}
