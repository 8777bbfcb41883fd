package dev.jdxf.http;

import dev.jdxf.testing.RegistryExtension;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A fault-injecting HTTP(S) proxy in front of the real registry, for failures a healthy registry
 * never produces: corrupt bytes, redirects of blob downloads to another origin, connections dropped
 * mid-body, a 400 to Docker schema 2 manifest PUTs. Records what it receives. Loopback only.
 */
final class FaultProxy implements AutoCloseable {
  private static final Pattern BLOB_GET = Pattern.compile("/v2/.+/blobs/sha256:[0-9a-f]{64}");
  private static final Pattern MANIFEST = Pattern.compile("/v2/.+/manifests/[^/]+");

  /** One request the proxy received. */
  record Seen(HttpMethod method, String uri, @Nullable String authorization) {}

  private final Vertx vertx;
  private final HttpServer server;
  private final HttpClient client;
  private final URI target;
  private final boolean tls;
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private volatile boolean corruptBlobs;
  private volatile boolean corruptManifests;
  private volatile boolean refuseSchema2Puts;
  private volatile long dropBlobsAfter = -1;
  private volatile @Nullable URI redirectBlobsTo;
  private volatile @Nullable String addAuthorization;

  private FaultProxy(Vertx vertx, RegistryExtension registry, String bindHost) {
    this.vertx = vertx;
    this.target = registry.baseUri();
    this.tls = registry.isTls();
    HttpClientOptions clientOptions = new HttpClientOptions();
    HttpServerOptions serverOptions = new HttpServerOptions().setHost(bindHost).setPort(0);
    if (tls) {
      String ca = dev.jdxf.testing.TestPki.pem(registry.caCertificate());
      clientOptions.setTrustOptions(new PemTrustOptions().addCertValue(Buffer.buffer(ca)));
      var pki = registry.server().pki();
      String cert = dev.jdxf.testing.TestPki.pem(pki.serverCertificate());
      String key =
          "-----BEGIN PRIVATE KEY-----\n"
              + Base64.getMimeEncoder().encodeToString(pki.serverKey().getEncoded())
              + "\n-----END PRIVATE KEY-----\n";
      serverOptions
          .setSsl(true)
          .setKeyCertOptions(
              new PemKeyCertOptions()
                  .addCertValue(Buffer.buffer(cert))
                  .addKeyValue(Buffer.buffer(key)));
    }
    this.client = vertx.createHttpClient(clientOptions);
    this.server = vertx.createHttpServer(serverOptions).requestHandler(this::handle);
  }

  /**
   * A proxy listening on {@code bindHost} (e.g. 127.0.0.1), speaking TLS when the registry does.
   */
  static FaultProxy start(Vertx vertx, RegistryExtension registry, String bindHost) {
    FaultProxy proxy = new FaultProxy(vertx, registry, bindHost);
    await(proxy.server.listen());
    return proxy;
  }

  /** {@code host:port} to give the adapter; {@code name} is how to call the loopback host. */
  String host(String name) {
    return name + ":" + server.actualPort();
  }

  URI origin(String name) {
    return URI.create((tls ? "https://" : "http://") + host(name));
  }

  List<Seen> seen() {
    return List.copyOf(seen);
  }

  FaultProxy corruptBlobs(boolean on) {
    corruptBlobs = on;
    return this;
  }

  FaultProxy corruptManifests(boolean on) {
    corruptManifests = on;
    return this;
  }

  FaultProxy refuseSchema2Puts(boolean on) {
    refuseSchema2Puts = on;
    return this;
  }

  /** Blob downloads send this many bytes, then the connection is closed. */
  FaultProxy dropBlobsAfter(long bytes) {
    dropBlobsAfter = bytes;
    return this;
  }

  /** Blob downloads are answered {@code 307} to the same path on {@code origin}. */
  FaultProxy redirectBlobsTo(@Nullable URI origin) {
    redirectBlobsTo = origin;
    return this;
  }

  /** The proxy itself authenticates its requests to the registry with this value. */
  FaultProxy addAuthorization(@Nullable String value) {
    addAuthorization = value;
    return this;
  }

  private void handle(HttpServerRequest request) {
    request.pause();
    String path = request.path();
    seen.add(new Seen(request.method(), request.uri(), request.getHeader("Authorization")));
    boolean blobGet = request.method() == HttpMethod.GET && BLOB_GET.matcher(path).matches();
    URI redirect = redirectBlobsTo;
    if (blobGet && redirect != null) {
      request.response().setStatusCode(307).putHeader("Location", redirect + request.uri()).end();
      return;
    }
    String contentType = String.valueOf(request.getHeader("Content-Type"));
    if (refuseSchema2Puts
        && request.method() == HttpMethod.PUT
        && MANIFEST.matcher(path).matches()
        && contentType.startsWith("application/vnd.docker.distribution.manifest.v2+json")) {
      request
          .response()
          .setStatusCode(400)
          .putHeader("Content-Type", "application/json")
          .end(
              "{\"errors\":[{\"code\":\"MANIFEST_INVALID\",\"message\":\"manifest invalid\","
                  + "\"detail\":\"schema 2 refused by the fault proxy\"}]}");
      return;
    }
    boolean manifestGet = request.method() == HttpMethod.GET && MANIFEST.matcher(path).matches();
    forward(request, blobGet, manifestGet);
  }

  private void forward(HttpServerRequest request, boolean blobGet, boolean manifestGet) {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    request
        .headers()
        .forEach(
            (name, value) -> {
              String n = name.toLowerCase(Locale.ROOT);
              if (!n.equals("host") && !n.equals("transfer-encoding") && !n.equals("connection")) {
                headers.add(name, value);
              }
            });
    String auth = addAuthorization;
    if (auth != null) {
      headers.set("Authorization", auth);
    }
    RequestOptions options =
        new RequestOptions()
            .setMethod(request.method())
            .setAbsoluteURI(target + request.uri())
            .setHeaders(headers)
            .setFollowRedirects(false);
    HttpMethod m = request.method();
    boolean chunked =
        request.getHeader("Content-Length") == null
            && (m == HttpMethod.PUT || m == HttpMethod.POST || m == HttpMethod.PATCH);
    client
        .request(options)
        .compose(
            out -> {
              if (chunked) {
                out.setChunked(true);
              }
              return out.send(request);
            })
        .onSuccess(answer -> relay(request, answer, blobGet, manifestGet))
        .onFailure(e -> request.response().setStatusCode(502).end(String.valueOf(e)));
  }

  private void relay(
      HttpServerRequest request, HttpClientResponse answer, boolean blobGet, boolean manifestGet) {
    HttpServerResponse response = request.response();
    response.setStatusCode(answer.statusCode());
    answer
        .headers()
        .forEach(
            (name, value) -> {
              String n = name.toLowerCase(Locale.ROOT);
              if (!n.equals("transfer-encoding") && !n.equals("connection")) {
                response.headers().add(name, value);
              }
            });
    if (response.headers().get("Content-Length") == null) {
      response.setChunked(true);
    }
    boolean ok = answer.statusCode() == 200;
    long drop = dropBlobsAfter;
    boolean corrupt = ok && ((blobGet && corruptBlobs) || (manifestGet && corruptManifests));
    if (ok && blobGet && drop >= 0) {
      long[] sent = {0};
      answer.handler(
          chunk -> {
            long room = drop - sent[0];
            if (room <= 0) {
              return;
            }
            Buffer part = chunk.length() <= room ? chunk : chunk.getBuffer(0, (int) room);
            sent[0] += part.length();
            response.write(part);
            if (sent[0] >= drop) {
              answer.handler(null);
              request.connection().close();
            }
          });
      answer.endHandler(v -> request.connection().close());
      return;
    }
    if (corrupt) {
      boolean[] first = {true};
      answer.handler(
          chunk -> {
            if (first[0] && chunk.length() > 0) {
              first[0] = false;
              byte[] bytes = chunk.getBytes();
              bytes[bytes.length / 2] ^= 0x01;
              response.write(Buffer.buffer(bytes));
            } else {
              response.write(chunk);
            }
          });
      answer.endHandler(v -> response.end());
      return;
    }
    answer.pipeTo(response);
  }

  @Override
  public void close() {
    await(server.close());
    await(client.close());
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("fault proxy: " + e, e);
    }
  }

  Vertx vertx() {
    return vertx;
  }
}
