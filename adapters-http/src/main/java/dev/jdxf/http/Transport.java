package dev.jdxf.http;

import dev.jdxf.domain.error.JdxfException;
import dev.jdxf.domain.error.TransportException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.PemTrustOptions;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Sends single requests with the HTTP client this adapter owns: no redirects followed, no
 * authentication. Responses come back paused, so their bodies wait for whoever reads them.
 * Connection failures become {@link TransportException}s naming the host and the request.
 */
final class Transport {
  /**
   * Bytes per socket read and the largest body chunk handed on: the defaults (64 KiB reads cut into
   * 8 KiB chunks) make ~131,000 buffers of a gigabyte blob, each costing a hand-over and a hop.
   */
  static final int CHUNK = 256 * 1024;

  private final HttpClientAgent client;
  private final long readTimeoutMillis;

  private Transport(HttpClientAgent client, long readTimeoutMillis) {
    this.client = client;
    this.readTimeoutMillis = readTimeoutMillis;
  }

  static Transport create(Vertx vertx, RegistrySettings settings) {
    HttpClientOptions options =
        new HttpClientOptions()
            .setSsl(!settings.insecure())
            .setVerifyHost(settings.tlsVerify())
            .setTrustAll(!settings.tlsVerify())
            .setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()))
            .setKeepAlive(true)
            .setReceiveBufferSize(CHUNK)
            .setMaxChunkSize(CHUNK)
            .setMaxRedirects(settings.maxRedirects());
    settings
        .caBundle()
        .ifPresent(
            path -> options.setTrustOptions(new PemTrustOptions().addCertPath(path.toString())));
    HttpClientAgent client = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(8));
    return new Transport(client, settings.readTimeout().toMillis());
  }

  /** Sends {@code request}; the response is paused. */
  Future<HttpClientResponse> exchange(OutgoingRequest request) {
    RequestOptions options =
        new RequestOptions()
            .setMethod(request.method())
            .setAbsoluteURI(request.url().toString())
            .setHeaders(request.headers())
            .setFollowRedirects(false)
            .setIdleTimeout(readTimeoutMillis);
    RequestBody body = request.body();
    return client
        .request(options)
        .compose(req -> body == null ? req.send() : body.send(req))
        .map(
            response -> {
              response.pause();
              return response;
            })
        .recover(e -> Future.failedFuture(failure(request, e)));
  }

  Future<Void> close() {
    return client.close();
  }

  /** One clear line for a failed exchange: which host, which request, what happened. */
  static JdxfException failure(OutgoingRequest request, Throwable e) {
    JdxfException known = JdxfException.unwrap(e);
    if (known != null) {
      return known;
    }
    String host = request.url().getRawAuthority();
    String doing = request.what();
    return new TransportException(describe(host, doing, e), e);
  }

  static String describe(String host, String doing, Throwable e) {
    String message = String.valueOf(e.getMessage());
    if (e instanceof ConnectException) {
      return "cannot connect to " + host + " (" + doing + "): " + message;
    }
    if (e instanceof UnknownHostException) {
      return "unknown host " + host + " (" + doing + ")";
    }
    Throwable cause = e.getCause();
    if (e instanceof SSLException || cause instanceof SSLException) {
      Throwable ssl = cause instanceof SSLException ? cause : e;
      return "TLS with " + host + " failed (" + doing + "): " + ssl.getMessage();
    }
    if (e instanceof TimeoutException
        || e.getClass().getSimpleName().toLowerCase(Locale.ROOT).contains("timeout")) {
      return host + " did not answer in time (" + doing + "): " + message;
    }
    if (e instanceof ClosedChannelException
        || e.getClass().getSimpleName().equals("HttpClosedException")) {
      return "connection to " + host + " closed (" + doing + ")";
    }
    return "request to " + host + " failed (" + doing + "): " + e;
  }
}
