package dev.jdxf.app.cli;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The first-use work of the JDK's TLS client, done on a thread of its own from the start of a
 * command that reaches a registry over TLS, so that the event loop's handshake finds it done: the
 * security providers and an {@link SSLContext}, a ClientHello (with its X25519 key share), and an
 * ECDSA P-256 signature made and checked (the curve of most registries' ECDSA certificates and of
 * the other usual key share). On a cold JVM those run in the interpreter: a P-256 operation alone
 * took about 100 ms, on the event loop. Only JDK classes, and nothing it makes is used again: no
 * connection, and a trust manager that trusts nothing, so the JDK's own trust store is not read.
 */
final class TlsWarmUp implements Runnable {
  static final String THREAD = "jdxf-tls-warm-up";
  private static final byte[] DATA = "jdxf".getBytes(StandardCharsets.US_ASCII);

  private TlsWarmUp() {}

  /** Starts the warm-up on a daemon thread of its own. */
  static void start() {
    WarmUps.start(THREAD, new TlsWarmUp());
  }

  @Override
  public void run() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new TrustNothing()}, null);
      SSLEngine engine = context.createSSLEngine("localhost", 443);
      engine.setUseClientMode(true);
      ByteBuffer hello = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
      engine.wrap(ByteBuffer.allocate(0), hello);
      engine.closeOutbound();

      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair pair = generator.generateKeyPair();
      Signature signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(pair.getPrivate());
      signer.update(DATA);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance("SHA256withECDSA");
      verifier.initVerify(pair.getPublic());
      verifier.update(DATA);
      verifier.verify(signature);
    } catch (GeneralSecurityException | SSLException | RuntimeException e) {
      // only a warm-up: the command's own handshake does the same work and reports what fails
    }
  }

  /** Trusts no one: the warm-up never connects, and must not read the JDK's trust store. */
  private static final class TrustNothing implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("jdxf's TLS warm-up trusts no certificate");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("jdxf's TLS warm-up trusts no certificate");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
