package dev.jdxf.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One HTTP request as it goes on the wire. */
record OutgoingRequest(
    HttpMethod method, URI url, MultiMap headers, @Nullable RequestBody body, String what) {
  OutgoingRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(what, "what");
  }
}
