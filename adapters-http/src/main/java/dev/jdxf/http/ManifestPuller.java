package dev.jdxf.http;

import dev.jdxf.domain.error.DigestMismatchException;
import dev.jdxf.domain.error.InvalidManifestException;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.Reference;
import dev.jdxf.domain.model.RepositoryName;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import java.net.URI;
import java.util.List;

/**
 * {@code GET /v2/<repo>/manifests/<alias|digest>} accepting every manifest type: the bytes as
 * stored, checked against {@code Docker-Content-Digest} and, when fetched by digest, against it.
 */
record ManifestPuller(RepositoryName repository, Reference reference)
    implements RegistryEndpoint<RawManifest> {

  @Override
  public HttpMethod method() {
    return HttpMethod.GET;
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
    return ManifestChecker.describe(repository, reference);
  }

  @Override
  public List<String> accept() {
    return ManifestChecker.ACCEPT;
  }

  @Override
  public Future<RawManifest> handleResponse(HttpClientResponse response, URI requestUrl) {
    String contentType = response.getHeader(HttpHeaders.CONTENT_TYPE);
    String stated = response.getHeader("Docker-Content-Digest");
    return BodyReader.read(
            response,
            RawManifest.MAX_BYTES,
            size ->
                new InvalidManifestException(
                    what()
                        + " is "
                        + size
                        + " bytes, larger than the limit of "
                        + RawManifest.MAX_BYTES))
        .compose(
            body -> {
              byte[] bytes = body.getBytes();
              if (contentType == null || contentType.isBlank()) {
                return Future.failedFuture(
                    new InvalidManifestException(what() + " came without a Content-Type"));
              }
              MediaType mediaType;
              Digest statedDigest;
              try {
                mediaType = MediaType.parse(contentType);
                statedDigest = stated == null ? null : Digest.parse(stated.strip());
              } catch (IllegalArgumentException e) {
                return Future.failedFuture(
                    new InvalidManifestException(what() + ": " + e.getMessage(), e));
              }
              if (statedDigest != null) {
                Digest actual = hash(statedDigest, bytes);
                if (!actual.equals(statedDigest)) {
                  return Future.failedFuture(
                      new DigestMismatchException(what(), statedDigest, actual));
                }
              }
              if (reference instanceof Digest wanted) {
                Digest actual = hash(wanted, bytes);
                if (!actual.equals(wanted)) {
                  return Future.failedFuture(new DigestMismatchException(what(), wanted, actual));
                }
              }
              return Future.succeededFuture(RawManifest.of(bytes, mediaType));
            });
  }

  private static Digest hash(Digest like, byte[] bytes) {
    return Digest.of(like.algorithm(), like.algorithm().newMessageDigest().digest(bytes));
  }
}
