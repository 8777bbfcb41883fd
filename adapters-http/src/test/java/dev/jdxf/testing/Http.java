package dev.jdxf.testing;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.Map;

/** Small {@link HttpClient} shortcuts for the harness's own tests. */
final class Http {
  private Http() {}

  /** Sends {@code method uri} with the header pairs and an optional body; returns the text. */
  static HttpResponse<String> send(
      HttpClient client, String method, URI uri, byte[] body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .method(
                method,
                body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(HttpClient client, URI uri, String... headers)
      throws IOException, InterruptedException {
    return send(client, "GET", uri, new byte[0], headers);
  }

  static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  static Map<String, Object> json(String text) throws ParseException {
    return JSONObjectUtils.parse(text);
  }
}
