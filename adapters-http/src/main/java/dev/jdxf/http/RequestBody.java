package dev.jdxf.http;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.streams.Pipe;
import io.vertx.core.streams.ReadStream;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** What a request sends: bytes in memory (sent again after authenticating) or a one-shot stream. */
interface RequestBody {

  /** Sends the request with this body; completes with the (not yet read) response. */
  Future<HttpClientResponse> send(HttpClientRequest request);

  /** Whether the body can be sent a second time (after a 401). */
  boolean replayable();

  /** A body held in memory. */
  static RequestBody of(Buffer bytes, String contentType) {
    return new RequestBody() {
      @Override
      public Future<HttpClientResponse> send(HttpClientRequest request) {
        request.putHeader(HttpHeaders.CONTENT_TYPE, contentType);
        return request.send(bytes);
      }

      @Override
      public boolean replayable() {
        return true;
      }
    };
  }

  /**
   * A streamed body, opened when sent: with a {@code Content-Length} when the size is known,
   * chunked otherwise. A failure of the stream fails the response with that failure (the request is
   * reset, so a partial body is never taken as complete).
   */
  static RequestBody stream(
      Supplier<ReadStream<Buffer>> open, OptionalLong size, String contentType) {
    return new RequestBody() {
      private boolean opened;

      @Override
      public Future<HttpClientResponse> send(HttpClientRequest request) {
        if (opened) {
          return Future.failedFuture(new IllegalStateException("a streamed body is sent once"));
        }
        opened = true;
        request.putHeader(HttpHeaders.CONTENT_TYPE, contentType);
        if (size.isPresent()) {
          request.putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(size.getAsLong()));
        } else {
          request.setChunked(true);
        }
        // failures reach the caller through response(); without a handler of its own, Vert.x
        // would also log a reset request (e.g. an upload abandoned because the blob is there)
        request.exceptionHandler(ignored -> {});
        ReadStream<Buffer> body = open.get();
        Pipe<Buffer> pipe = body.pipe();
        pipe.endOnFailure(false);
        Throwable[] sourceFailure = new @Nullable Throwable[1];
        pipe.to(request)
            .onFailure(
                e -> {
                  sourceFailure[0] = e;
                  request.reset(0, e);
                });
        return request
            .response()
            .recover(
                e -> {
                  Throwable cause = sourceFailure[0];
                  return Future.failedFuture(cause != null ? cause : e);
                });
      }

      @Override
      public boolean replayable() {
        return false;
      }
    };
  }
}
