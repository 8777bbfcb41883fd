package dev.jdxf.http;

import dev.jdxf.domain.error.InvalidManifestException;
import dev.jdxf.domain.error.RegistryException.ErrorCode;
import dev.jdxf.domain.model.Descriptor;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.Reference;
import dev.jdxf.domain.model.RepositoryName;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code HEAD /v2/<repo>/manifests/<ref>}: the manifest's descriptor, or empty when absent. */
record ManifestChecker(RepositoryName repository, Reference reference)
    implements RegistryEndpoint<Optional<Descriptor>> {

  /** Every manifest type jdxf reads, so the registry converts nothing. */
  static final List<String> ACCEPT =
      MediaType.MANIFEST_TYPES.stream().map(MediaType::value).toList();

  static String describe(RepositoryName repository, Reference reference) {
    return (reference instanceof Digest ? "manifest " : "alias ")
        + reference
        + " in repository "
        + repository;
  }

  @Override
  public HttpMethod method() {
    return HttpMethod.HEAD;
  }

  @Override
  public URI url(URI base) {
    return Responses.api(base, repository + "/manifests/" + reference);
  }

  @Override
  public Scope scope() {
    return Scope.pull(repository);
  }

  @Override
  public String what() {
    return describe(repository, reference);
  }

  @Override
  public List<String> accept() {
    return ACCEPT;
  }

  @Override
  public Future<Optional<Descriptor>> handleResponse(HttpClientResponse response, URI requestUrl) {
    String contentType = response.getHeader(HttpHeaders.CONTENT_TYPE);
    String stated = response.getHeader("Docker-Content-Digest");
    var length = Responses.contentLength(response);
    return BodyReader.discard(response)
        .compose(
            v -> {
              try {
                Digest digest =
                    stated != null
                        ? Digest.parse(stated.strip())
                        : reference instanceof Digest d ? d : null;
                if (contentType == null || digest == null || length.isEmpty()) {
                  return Future.failedFuture(
                      new InvalidManifestException(
                          what() + ": the registry did not state its type, digest and size"));
                }
                return Future.succeededFuture(
                    Optional.of(
                        Descriptor.of(MediaType.parse(contentType), digest, length.getAsLong())));
              } catch (IllegalArgumentException e) {
                return Future.failedFuture(
                    new InvalidManifestException(what() + ": " + e.getMessage(), e));
              }
            });
  }

  @Override
  public @Nullable Future<Optional<Descriptor>> handleError(int status, List<ErrorCode> codes) {
    return status == 404 ? Future.succeededFuture(Optional.empty()) : null;
  }
}
