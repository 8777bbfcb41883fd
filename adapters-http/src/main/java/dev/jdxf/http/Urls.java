package dev.jdxf.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** URL helpers: resolving what a registry answers, comparing origins, adding query parameters. */
final class Urls {
  private Urls() {}

  /** Parses an absolute URL or one relative to {@code base} (a Location, a Link target). */
  static Optional<URI> resolve(URI base, String reference) {
    try {
      URI ref = new URI(reference.strip());
      URI resolved = base.resolve(ref);
      if (resolved.getScheme() == null || resolved.getHost() == null) {
        return Optional.empty();
      }
      String scheme = resolved.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return Optional.empty();
      }
      return Optional.of(resolved);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Same scheme, host and effective port: the only place credentials may be sent. */
  static boolean sameOrigin(URI a, URI b) {
    return scheme(a).equals(scheme(b))
        && host(a).equals(host(b))
        && effectivePort(a) == effectivePort(b);
  }

  /** {@code url} with {@code name=value} appended to its query (existing parameters kept). */
  static URI withQueryParameter(URI url, String name, String value) {
    String raw = url.toString();
    int hash = raw.indexOf('#');
    if (hash >= 0) {
      raw = raw.substring(0, hash);
    }
    String param = encode(name) + "=" + encode(value);
    String sep;
    if (url.getRawQuery() == null) {
      sep = raw.endsWith("?") ? "" : "?";
    } else {
      sep = raw.endsWith("&") || raw.endsWith("?") ? "" : "&";
    }
    return URI.create(raw + sep + param);
  }

  /** The same URL on the scheme {@code https} and, when given, another authority. */
  static URI withSchemeAndAuthority(URI url, String scheme, Optional<String> authority) {
    try {
      String auth = authority.orElse(url.getRawAuthority());
      StringBuilder s = new StringBuilder(scheme).append("://").append(auth);
      s.append(url.getRawPath() == null ? "" : url.getRawPath());
      if (url.getRawQuery() != null) {
        s.append('?').append(url.getRawQuery());
      }
      return new URI(s.toString());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("invalid URL " + url + ": " + e.getMessage(), e);
    }
  }

  /** Percent-encodes a query component (spaces as {@code %20}). */
  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String scheme(URI u) {
    return u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
  }

  private static String host(URI u) {
    return u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
  }

  private static int effectivePort(URI u) {
    if (u.getPort() >= 0) {
      return u.getPort();
    }
    return scheme(u).equals("https") ? 443 : 80;
  }
}
