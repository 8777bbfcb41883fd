package dev.jdxf.http;

import dev.jdxf.domain.error.DigestMismatchException;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.Reference;
import dev.jdxf.domain.model.RepositoryName;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import java.net.URI;

/**
 * {@code PUT /v2/<repo>/manifests/<ref>} with {@code Content-Type} = the manifest's media type;
 * answers the digest, checked against the registry's {@code Docker-Content-Digest}.
 */
record ManifestPusher(RepositoryName repository, Reference reference, RawManifest manifest)
    implements RegistryEndpoint<Digest> {

  @Override
  public HttpMethod method() {
    return HttpMethod.PUT;
  }

  @Override
  public URI url(URI base) {
    return Responses.api(base, repository + "/manifests/" + reference);
  }

  @Override
  public Scope scope() {
    return Scope.push(repository);
  }

  @Override
  public String what() {
    return ManifestChecker.describe(repository, reference);
  }

  @Override
  public RequestBody body() {
    return RequestBody.of(Buffer.buffer(manifest.bytes()), manifest.mediaType().value());
  }

  @Override
  public Future<Digest> handleResponse(HttpClientResponse response, URI requestUrl) {
    String stated = response.getHeader("Docker-Content-Digest");
    return BodyReader.discard(response)
        .compose(
            v -> {
              if (stated != null && Digest.isDigest(stated.strip())) {
                Digest registryDigest = Digest.parse(stated.strip());
                if (registryDigest.algorithm() == manifest.digest().algorithm()
                    && !registryDigest.equals(manifest.digest())) {
                  return Future.failedFuture(
                      new DigestMismatchException(what(), manifest.digest(), registryDigest));
                }
              }
              return Future.succeededFuture(manifest.digest());
            });
  }
}
