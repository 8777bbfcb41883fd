package dev.jdxf.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A throw-away PKI made at test time: a CA, a TLS server certificate for {@code 127.0.0.1} and
 * {@code localhost} (used by the registry and the token service), and a token-signing certificate.
 * The CA and server keys are fresh EC P-256 keys; the token signer is a fixed RSA 2048 test key
 * (RS256) with a fresh certificate.
 */
public final class TestPki {
  private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());
  private static final String KEYSTORE_PASSWORD = "changeit";
  private static final String SIGNER_KEY_RESOURCE = "/dev/jdxf/testing/token-signer-rsa2048.pem";

  private final KeyPair caKeys;
  private final X509Certificate caCert;
  private final KeyPair serverKeys;
  private final X509Certificate serverCert;
  private final KeyPair signerKeys;
  private final X509Certificate signerCert;

  private TestPki() throws GeneralSecurityException, IOException, OperatorCreationException {
    caKeys = ec();
    X500Name caName = new X500Name("CN=jdxf test CA");
    caCert = issue(caName, caKeys.getPublic(), caName, caKeys, true, null, false);
    serverKeys = ec();
    GeneralNames sans =
        new GeneralNames(
            new GeneralName[] {
              new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
              new GeneralName(GeneralName.dNSName, "localhost")
            });
    serverCert =
        issue(
            new X500Name("CN=localhost"),
            serverKeys.getPublic(),
            caName,
            caKeys,
            false,
            sans,
            true);
    signerKeys = fixedSignerKeys();
    signerCert =
        issue(
            new X500Name("CN=jdxf token signer"),
            signerKeys.getPublic(),
            caName,
            caKeys,
            false,
            null,
            false);
  }

  /**
   * One PKI shared by every registry of this JVM (key generation is slow on a busy machine);
   * generated on first use.
   */
  public static TestPki shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final TestPki INSTANCE = generate();
  }

  /** Generates a fresh CA and server certificate, and a fresh certificate for the token signer. */
  public static TestPki generate() {
    try {
      return new TestPki();
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot generate the test PKI", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CA certificate that issued the server and token-signing certificates. */
  public X509Certificate caCertificate() {
    return caCert;
  }

  /** The TLS server certificate (SAN: IP 127.0.0.1, DNS localhost). */
  public X509Certificate serverCertificate() {
    return serverCert;
  }

  /** The server's private key. */
  public PrivateKey serverKey() {
    return serverKeys.getPrivate();
  }

  /** The certificate of the key that signs registry tokens. */
  public X509Certificate signerCertificate() {
    return signerCert;
  }

  /** The key pair that signs registry tokens. */
  public KeyPair signerKeys() {
    return signerKeys;
  }

  /** The public key of the token signer. */
  public PublicKey signerPublicKey() {
    return signerKeys.getPublic();
  }

  /** An SSL context that trusts only the test CA (for clients). */
  public SSLContext clientSslContext() {
    try {
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("jdxf-test-ca", caCert);
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, tmf.getTrustManagers(), new SecureRandom());
      return ctx;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build the client SSL context", e);
    }
  }

  /** An SSL context presenting the server certificate (for servers such as the token service). */
  public SSLContext serverSslContext() {
    try {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(null, null);
      keys.setKeyEntry(
          "server",
          serverKeys.getPrivate(),
          KEYSTORE_PASSWORD.toCharArray(),
          new X509Certificate[] {serverCert, caCert});
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keys, KEYSTORE_PASSWORD.toCharArray());
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), null, new SecureRandom());
      return ctx;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build the server SSL context", e);
    }
  }

  /** PEM text of one or more objects (certificates; private keys are written as PKCS#8). */
  public static String pem(Object... objects) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      for (Object o : objects) {
        if (o instanceof PrivateKey key) {
          // PKCS#8 ("PRIVATE KEY"): Go's TLS cannot read BouncyCastle's SEC1 EC keys
          writer.writeObject(new JcaPKCS8Generator(key, null));
        } else {
          writer.writeObject(o);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes PEM text of the objects to {@code file} and returns the file. */
  public static Path writePem(Path file, Object... objects) {
    try {
      Files.writeString(file, pem(objects), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static KeyPair ec() throws GeneralSecurityException {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
    gen.initialize(256);
    return gen.generateKeyPair();
  }

  /**
   * The token signer's RSA key is a fixed test key from the test resources: generating RSA keys
   * takes seconds on a busy machine. Its certificate is still issued by the fresh CA.
   */
  private static KeyPair fixedSignerKeys() throws GeneralSecurityException, IOException {
    String pem;
    try (InputStream in = TestPki.class.getResourceAsStream(SIGNER_KEY_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + SIGNER_KEY_RESOURCE);
      }
      pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
    String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    RSAPrivateCrtKey key =
        (RSAPrivateCrtKey)
            rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    PublicKey pub =
        rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
    return new KeyPair(pub, key);
  }

  private static X509Certificate issue(
      X500Name subject,
      PublicKey subjectKey,
      X500Name issuer,
      KeyPair issuerKeys,
      boolean ca,
      @Nullable GeneralNames sans,
      boolean serverAuth)
      throws GeneralSecurityException, IOException, OperatorCreationException {
    Instant now = Instant.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            issuer,
            BigInteger.valueOf(SERIAL.incrementAndGet()),
            Date.from(now.minus(Duration.ofHours(1))),
            Date.from(now.plus(Duration.ofDays(2))),
            subject,
            subjectKey);
    JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
    builder.addExtension(
        Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(subjectKey));
    builder.addExtension(
        Extension.authorityKeyIdentifier,
        false,
        ext.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
    int usage =
        ca
            ? KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature
            : "EC".equals(subjectKey.getAlgorithm())
                ? KeyUsage.digitalSignature
                : KeyUsage.digitalSignature | KeyUsage.keyEncipherment;
    builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
    if (sans != null) {
      builder.addExtension(Extension.subjectAlternativeName, false, sans);
    }
    if (serverAuth) {
      builder.addExtension(
          Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
    }
    ContentSigner signer =
        new JcaContentSignerBuilder(
                "EC".equals(issuerKeys.getPrivate().getAlgorithm())
                    ? "SHA256withECDSA"
                    : "SHA256withRSA")
            .build(issuerKeys.getPrivate());
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
  }
}
