package dev.jdxf.http;

import dev.jdxf.domain.error.JdxfException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import java.util.function.LongFunction;

/**
 * Reads the body of a paused response into memory, refusing bodies larger than a limit (the
 * connection is then reset, so no more bytes arrive).
 */
final class BodyReader {
  /** Error answers are read up to this size; the rest is dropped. */
  static final int ERROR_BODY_LIMIT = 64 * 1024;

  private BodyReader() {}

  /** The whole body, or {@code tooLarge} applied to the size seen when it exceeds {@code max}. */
  static Future<Buffer> read(
      HttpClientResponse response, int max, LongFunction<JdxfException> tooLarge) {
    String declared = response.getHeader("Content-Length");
    if (declared != null) {
      try {
        long length = Long.parseLong(declared.strip());
        if (length > max) {
          response.request().reset();
          return Future.failedFuture(tooLarge.apply(length));
        }
      } catch (NumberFormatException e) {
        // checked while reading
      }
    }
    Promise<Buffer> promise = Promise.promise();
    Buffer body = Buffer.buffer();
    response.exceptionHandler(promise::tryFail);
    response.handler(
        chunk -> {
          if (body.length() + chunk.length() > max) {
            response.handler(null);
            response.request().reset();
            promise.tryFail(tooLarge.apply((long) body.length() + chunk.length()));
          } else {
            body.appendBuffer(chunk);
          }
        });
    response.endHandler(v -> promise.tryComplete(body));
    response.resume();
    return promise.future();
  }

  /** An error body, truncated at {@link #ERROR_BODY_LIMIT}; never fails for its size. */
  static Future<Buffer> readError(HttpClientResponse response) {
    Promise<Buffer> promise = Promise.promise();
    Buffer body = Buffer.buffer();
    response.exceptionHandler(promise::tryFail);
    response.handler(
        chunk -> {
          int room = ERROR_BODY_LIMIT - body.length();
          if (room > 0) {
            body.appendBuffer(chunk.length() <= room ? chunk : chunk.getBuffer(0, room));
          }
        });
    response.endHandler(v -> promise.tryComplete(body));
    response.resume();
    return promise.future();
  }

  /** Reads and drops the body, so the connection can serve the next request. */
  static Future<Void> discard(HttpClientResponse response) {
    return readError(response).mapEmpty();
  }
}
