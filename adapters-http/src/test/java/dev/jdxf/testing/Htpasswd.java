package dev.jdxf.testing;

import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** Writes htpasswd lines with bcrypt hashes ({@code $2y$}), as {@code htpasswd -Bbn} would. */
public final class Htpasswd {
  /** A low bcrypt cost keeps the registry fast: it checks the hash on every request. */
  private static final int COST = 5;

  private static final SecureRandom RANDOM = new SecureRandom();

  private Htpasswd() {}

  /** One htpasswd line, {@code user:$2y$05$...}, without a newline. */
  public static String line(String username, String password) {
    return username + ":" + hash(password);
  }

  /** A bcrypt hash of the password in the {@code 2y} version. */
  public static String hash(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return OpenBSDBCrypt.generate("2y", password.toCharArray(), salt, COST);
  }

  /** Whether the password matches an htpasswd bcrypt hash. */
  public static boolean matches(String hash, String password) {
    return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
  }
}
