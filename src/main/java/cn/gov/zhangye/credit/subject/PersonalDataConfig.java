package cn.gov.zhangye.credit.subject;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** The keys that protect personal identity numbers and names at rest. */
@ConfigMapping(prefix = "credit.subject.personal-data")
public interface PersonalDataConfig {

  /**
   * The key file: JSON with four base64 keys of 32 bytes: {@code hashKey} (HMAC-SHA256, finds a
   * person by identity number), {@code contentHashKey} (HMAC-SHA256, a record's content hash),
   * {@code encryptionKey} (AES-256-GCM, seals numbers, names and the identity numbers found in free
   * text) and {@code handleKey} (the agencies' person handles). A file with only the first and the
   * third derives the others from {@code hashKey}. Losing it makes every stored person unfindable
   * and unreadable: back it up with the database.
   */
  @WithDefault("data/personal-data/keys.json")
  Path keyFile();

  /** With no key file: generate one (true, the embedded default) or refuse to start (false). */
  @WithDefault("true")
  boolean generate();
}
