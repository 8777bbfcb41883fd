package dev.jdxf.http;

import dev.jdxf.domain.model.RepositoryName;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import java.net.URI;
import java.util.OptionalLong;

/**
 * Stream blob (one chunk): {@code PATCH <upload location>} with the next bytes; answers the
 * Location to continue at. With a known range it sends {@code Content-Range} and {@code
 * Content-Length}; otherwise the chunk is streamed with chunked encoding.
 */
final class BlobChunkStreamer implements RegistryEndpoint<URI> {
  private final RepositoryName repository;
  private final URI location;
  private final ChunkStream chunk;
  private final long offset;
  private final OptionalLong length;
  private final String registry;

  BlobChunkStreamer(
      RepositoryName repository,
      URI location,
      ChunkStream chunk,
      long offset,
      OptionalLong length,
      String registry) {
    this.repository = repository;
    this.location = location;
    this.chunk = chunk;
    this.offset = offset;
    this.length = length;
    this.registry = registry;
  }

  @Override
  public HttpMethod method() {
    return HttpMethod.PATCH;
  }

  @Override
  public URI url(URI base) {
    return location;
  }

  @Override
  public Scope scope() {
    return Scope.push(repository);
  }

  @Override
  public String what() {
    return "blob upload to repository " + repository + " at byte " + offset;
  }

  @Override
  public RequestBody body() {
    RequestBody stream = RequestBody.stream(() -> chunk, length, "application/octet-stream");
    if (length.isEmpty() || length.getAsLong() == 0) {
      return stream;
    }
    String range = offset + "-" + (offset + length.getAsLong() - 1);
    return new RequestBody() {
      @Override
      public Future<HttpClientResponse> send(io.vertx.core.http.HttpClientRequest request) {
        request.putHeader("Content-Range", range);
        return stream.send(request);
      }

      @Override
      public boolean replayable() {
        return false;
      }
    };
  }

  @Override
  public Future<URI> handleResponse(HttpClientResponse response, URI requestUrl) {
    return Responses.uploadLocation(response, requestUrl, what(), registry);
  }
}
