package dev.jdxf.http;

import static dev.jdxf.http.Adapters.await;
import static dev.jdxf.http.Adapters.failure;
import static dev.jdxf.http.Adapters.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.InsecureAuthException;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Over plain http no credentials are sent and authenticating is refused. The server is not a
 * registry stand-in: it only answers every request with a challenge and records what it got.
 */
class InsecureAuthTest {
  private final Vertx vertx = Vertx.vertx();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final List<String> paths = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private volatile String challenge = "";

  @BeforeEach
  void start() {
    server =
        await(
            vertx
                .createHttpServer()
                .requestHandler(
                    request -> {
                      paths.add(request.path());
                      String auth = request.getHeader("Authorization");
                      if (auth != null) {
                        authorizations.add(auth);
                      }
                      request
                          .response()
                          .setStatusCode(401)
                          .putHeader("WWW-Authenticate", challenge)
                          .end();
                    })
                .listen(0, "127.0.0.1")
                .toCompletionStage());
  }

  @AfterEach
  void stop() {
    await(vertx.close().toCompletionStage());
  }

  private RegistryAdapters adapters(RegistrySettings.Builder settings) {
    return RegistryAdapters.create(vertx, settings.build());
  }

  private RegistrySettings.Builder insecure() {
    return RegistrySettings.builder("127.0.0.1:" + server.actualPort())
        .insecure(true)
        .credentials("user", "secret");
  }

  @Test
  void basicIsRefusedOverHttp() {
    challenge = "Basic realm=\"Registry Realm\"";
    RegistryAdapters a = adapters(insecure());
    InsecureAuthException e =
        failure(
            InsecureAuthException.class,
            a.backend().blobs().stat(RepositoryName.parse("x"), Digest.sha256(new byte[0])));
    assertEquals("Auth requires HTTPS", message(e));
    assertEquals(List.of(), authorizations);
    assertEquals(1, paths.size());
  }

  @Test
  void bearerIsRefusedOverHttpAndTheRealmIsNotAsked() {
    challenge =
        "Bearer realm=\"http://127.0.0.1:"
            + server.actualPort()
            + "/token\",service=\"Docker registry\"";
    RegistryAdapters a = adapters(insecure());
    failure(InsecureAuthException.class, a.backend().catalog().apiVersion());
    failure(
        InsecureAuthException.class,
        a.backend().tokens().authenticate(Optional.of(RepositoryName.parse("x")), List.of("pull")));
    assertTrue(paths.stream().noneMatch(p -> p.startsWith("/token")), paths.toString());
    assertEquals(List.of(), authorizations);
  }

  @Test
  void aGivenTokenIsNotSentOverHttp() {
    challenge = "Bearer realm=\"https://127.0.0.1:1/token\"";
    RegistryAdapters a = adapters(insecure().token("do-not-leak"));
    failure(InsecureAuthException.class, a.backend().catalog().apiVersion());
    assertEquals(List.of(), authorizations);
  }
}
