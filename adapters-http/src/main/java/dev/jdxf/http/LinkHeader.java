package dev.jdxf.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the {@code rel="next"} target of RFC 8288 {@code Link} headers (registry pagination). */
final class LinkHeader {
  private LinkHeader() {}

  /** The {@code next} page, resolved against the URL of the request that answered. */
  static Optional<URI> next(List<String> headerValues, URI requestUrl) {
    for (String header : headerValues) {
      for (String link : splitLinks(header)) {
        Optional<String> target = nextTarget(link);
        if (target.isPresent()) {
          return Urls.resolve(requestUrl, target.get());
        }
      }
    }
    return Optional.empty();
  }

  /** Splits a header into links at commas outside {@code <...>} and quotes. */
  private static List<String> splitLinks(String header) {
    java.util.ArrayList<String> parts = new java.util.ArrayList<>();
    boolean inUrl = false;
    boolean inQuote = false;
    int start = 0;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (inQuote) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inQuote = false;
        }
      } else if (c == '"') {
        inQuote = true;
      } else if (c == '<') {
        inUrl = true;
      } else if (c == '>') {
        inUrl = false;
      } else if (c == ',' && !inUrl) {
        parts.add(header.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(header.substring(start));
    return parts;
  }

  private static Optional<String> nextTarget(String link) {
    String s = link.strip();
    int open = s.indexOf('<');
    int close = s.indexOf('>', open + 1);
    if (open != 0 || close < 0) {
      return Optional.empty();
    }
    String target = s.substring(open + 1, close);
    for (String param : s.substring(close + 1).split(";")) {
      int eq = param.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String name = param.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String value = unquote(param.substring(eq + 1).strip());
      if (name.equals("rel")) {
        for (String rel : value.toLowerCase(Locale.ROOT).split("\\s+")) {
          if (rel.equals("next")) {
            return Optional.of(target);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
