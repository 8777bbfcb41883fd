package dev.jdxf.docs;

import dev.jdxf.app.facade.JdxfRegistry;
import dev.jdxf.app.facade.JdxfRepository;
import dev.jdxf.app.facade.PulledBlob;
import dev.jdxf.domain.error.JdxfException;
import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.model.Digest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * A small Vert.x HTTP service that streams blobs from a registry: {@code GET
 * /<repository>/blobs/<digest>} answers the blob's bytes, read from the registry as the client
 * takes them.
 */
public final class BlobHttpService {
  private final JdxfRegistry registry;

  public BlobHttpService(JdxfRegistry registry) {
    this.registry = registry;
  }

  /** Starts the service on {@code port} (0: any free port) of the caller's {@code Vertx}. */
  public static Future<HttpServer> start(Vertx vertx, JdxfRegistry registry, int port) {
    BlobHttpService service = new BlobHttpService(registry);
    return vertx.createHttpServer().requestHandler(service::handle).listen(port, "127.0.0.1");
  }

  void handle(HttpServerRequest request) {
    HttpServerResponse response = request.response();
    String path = request.path();
    int blobs = path.lastIndexOf("/blobs/");
    JdxfRepository repository;
    Digest digest;
    try {
      repository = registry.repository(path.substring(1, Math.max(1, blobs)));
      digest = Digest.parse(path.substring(blobs + "/blobs/".length()));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      response.setStatusCode(400).end("expected GET /<repository>/blobs/<digest>\n");
      return;
    }
    repository
        .pullBlob(digest)
        .onSuccess(blob -> send(blob, response))
        .onFailure(failure -> refuse(failure, response));
  }

  /** Streams the blob with its length announced; a failure mid-way resets the connection. */
  private static void send(PulledBlob blob, HttpServerResponse response) {
    response
        .putHeader("Content-Type", "application/octet-stream")
        .putHeader("Content-Length", Long.toString(blob.size()))
        .putHeader("Docker-Content-Digest", blob.digest().toString());
    blob.stream().pipe().endOnFailure(false).to(response).onFailure(e -> response.reset());
  }

  private static void refuse(Throwable failure, HttpServerResponse response) {
    int status = JdxfException.unwrap(failure) instanceof NotFoundException ? 404 : 502;
    response.setStatusCode(status).end(String.valueOf(failure.getMessage()) + "\n");
  }
}
