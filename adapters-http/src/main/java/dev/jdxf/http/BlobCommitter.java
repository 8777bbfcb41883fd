package dev.jdxf.http;

import dev.jdxf.domain.error.RegistryException.ErrorCode;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Commit blob: {@code PUT <upload location>} with {@code digest=} added to its query, carrying the
 * last bytes (or the whole blob) or nothing. A {@code DIGEST_INVALID} answer is handed to {@code
 * onDigestInvalid}, which knows what the bytes hashed to.
 */
final class BlobCommitter implements RegistryEndpoint<Void> {
  private final RepositoryName repository;
  private final URI location;
  private final Digest digest;
  private final @Nullable RequestBody body;
  private final Supplier<Future<Void>> onDigestInvalid;

  BlobCommitter(
      RepositoryName repository,
      URI location,
      Digest digest,
      @Nullable RequestBody body,
      Supplier<Future<Void>> onDigestInvalid) {
    this.repository = repository;
    this.location = location;
    this.digest = digest;
    this.body = body;
    this.onDigestInvalid = onDigestInvalid;
  }

  @Override
  public HttpMethod method() {
    return HttpMethod.PUT;
  }

  @Override
  public URI url(URI base) {
    return Urls.withQueryParameter(location, "digest", digest.toString());
  }

  @Override
  public Scope scope() {
    return Scope.push(repository);
  }

  @Override
  public String what() {
    return "blob " + digest + " in repository " + repository;
  }

  @Override
  public RequestBody body() {
    return body != null ? body : RequestBody.of(Buffer.buffer(), "application/octet-stream");
  }

  @Override
  public Future<Void> handleResponse(HttpClientResponse response, URI requestUrl) {
    return BodyReader.discard(response);
  }

  @Override
  public @Nullable Future<Void> handleError(int status, List<ErrorCode> codes) {
    boolean digestInvalid = codes.stream().anyMatch(c -> c.code().equals("DIGEST_INVALID"));
    return status == 400 && digestInvalid ? onDigestInvalid.get() : null;
  }
}
