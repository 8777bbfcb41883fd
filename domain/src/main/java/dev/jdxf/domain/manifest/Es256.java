package dev.jdxf.domain.manifest;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;

/** JOSE ES256 with the JDK: P-256 keys, raw {@code R||S} signatures of 64 bytes. */
final class Es256 {
  static final int COORDINATE_BYTES = 32;
  private static final String ALGORITHM = "SHA256withECDSAinP1363Format";
  private static final ECParameterSpec P256 = p256();

  private Es256() {}

  private static ECParameterSpec p256() {
    try {
      AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
      params.init(new ECGenParameterSpec("secp256r1"));
      return params.getParameterSpec(ECParameterSpec.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no P-256 curve", e);
    }
  }

  /** A public key from JWK coordinates; refuses points that are not on the curve. */
  static ECPublicKey publicKey(byte[] x, byte[] y) throws GeneralSecurityException {
    if (x.length > COORDINATE_BYTES || y.length > COORDINATE_BYTES) {
      throw new GeneralSecurityException("P-256 coordinates are at most 32 bytes");
    }
    BigInteger bx = new BigInteger(1, x);
    BigInteger by = new BigInteger(1, y);
    BigInteger p = ((ECFieldFp) P256.getCurve().getField()).getP();
    BigInteger a = P256.getCurve().getA();
    BigInteger b = P256.getCurve().getB();
    if (bx.compareTo(p) >= 0
        || by.compareTo(p) >= 0
        || !by.pow(2).mod(p).equals(bx.pow(3).add(a.multiply(bx)).add(b).mod(p))) {
      throw new GeneralSecurityException("the key is not a point on P-256");
    }
    return (ECPublicKey)
        KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(bx, by), P256));
  }

  static KeyPair generate() {
    try {
      KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
      gen.initialize(new ECGenParameterSpec("secp256r1"));
      return gen.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot make P-256 keys", e);
    }
  }

  static boolean verify(ECPublicKey key, byte[] input, byte[] signature)
      throws GeneralSecurityException {
    if (signature.length != 2 * COORDINATE_BYTES) {
      return false;
    }
    Signature s = Signature.getInstance(ALGORITHM);
    s.initVerify(key);
    s.update(input);
    return s.verify(signature);
  }

  static byte[] sign(PrivateKey key, byte[] input) {
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initSign(key);
      s.update(input);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("ES256 signing failed", e);
    }
  }

  /** A coordinate as unsigned big-endian bytes, left-padded to 32 (Docker insists on 32). */
  static byte[] coordinate(BigInteger value) {
    byte[] raw = value.toByteArray();
    if (raw.length == COORDINATE_BYTES) {
      return raw;
    }
    byte[] out = new byte[COORDINATE_BYTES];
    if (raw.length > COORDINATE_BYTES) {
      return Arrays.copyOfRange(raw, raw.length - COORDINATE_BYTES, raw.length);
    }
    System.arraycopy(raw, 0, out, COORDINATE_BYTES - raw.length, raw.length);
    return out;
  }
}
