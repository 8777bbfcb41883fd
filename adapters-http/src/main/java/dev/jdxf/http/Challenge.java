package dev.jdxf.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code WWW-Authenticate} challenge: its scheme ({@code basic}, {@code bearer}, lower-cased)
 * and parameters ({@code realm}, {@code service}, {@code scope}, {@code error}; names lower-cased).
 */
record Challenge(String scheme, Map<String, String> params) {
  Challenge {
    params = Map.copyOf(params);
  }

  boolean isBasic() {
    return scheme.equals("basic");
  }

  boolean isBearer() {
    return scheme.equals("bearer");
  }

  Optional<String> param(String name) {
    return Optional.ofNullable(params.get(name)).filter(v -> !v.isEmpty());
  }

  /** {@code error="insufficient_scope"}: the token lacks an action this request needs. */
  boolean insufficientScope() {
    return "insufficient_scope".equals(params.get("error"));
  }

  /**
   * The challenges of the {@code WWW-Authenticate} headers, preferring Bearer over Basic when a
   * registry offers both; empty when none can be read.
   */
  static Optional<Challenge> parse(List<String> headerValues) {
    Challenge basic = null;
    for (String header : headerValues) {
      for (Challenge c : parseHeader(header)) {
        if (c.isBearer()) {
          return Optional.of(c);
        }
        if (c.isBasic() && basic == null) {
          basic = c;
        }
      }
    }
    return Optional.ofNullable(basic);
  }

  /** Parses {@code Scheme k=v, k="v", Scheme2 ...} (RFC 7235 auth-params; no token68). */
  static List<Challenge> parseHeader(String header) {
    java.util.ArrayList<Challenge> out = new java.util.ArrayList<>();
    Cursor in = new Cursor(header);
    while (true) {
      in.skipSeparators();
      String scheme = in.token();
      if (scheme.isEmpty()) {
        in.skipUnknown();
        if (in.atEnd()) {
          return out;
        }
        continue;
      }
      Map<String, String> params = new LinkedHashMap<>();
      while (true) {
        in.skipSeparators();
        int mark = in.pos;
        String name = in.token();
        in.skipSpaces();
        if (name.isEmpty() || !in.consume('=')) {
          in.pos = mark; // the next challenge's scheme, or the end
          break;
        }
        in.skipSpaces();
        params.put(name.toLowerCase(Locale.ROOT), in.value());
      }
      out.add(new Challenge(scheme.toLowerCase(Locale.ROOT), params));
      if (in.atEnd()) {
        return out;
      }
    }
  }

  /** A position in a header value. */
  private static final class Cursor {
    private final String s;
    private int pos;

    Cursor(String s) {
      this.s = s;
    }

    boolean atEnd() {
      return pos >= s.length();
    }

    void skipSpaces() {
      while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
        pos++;
      }
    }

    void skipSeparators() {
      while (pos < s.length() && (s.charAt(pos) == ',' || Character.isWhitespace(s.charAt(pos)))) {
        pos++;
      }
    }

    void skipUnknown() {
      if (pos < s.length()) {
        pos++;
      }
    }

    boolean consume(char c) {
      if (pos < s.length() && s.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    String token() {
      int start = pos;
      while (pos < s.length() && isTokenChar(s.charAt(pos))) {
        pos++;
      }
      return s.substring(start, pos);
    }

    String value() {
      if (!consume('"')) {
        int start = pos;
        while (pos < s.length() && s.charAt(pos) != ',' && !Character.isWhitespace(s.charAt(pos))) {
          pos++;
        }
        return s.substring(start, pos);
      }
      StringBuilder b = new StringBuilder();
      while (pos < s.length()) {
        char c = s.charAt(pos++);
        if (c == '\\' && pos < s.length()) {
          b.append(s.charAt(pos++));
        } else if (c == '"') {
          break;
        } else {
          b.append(c);
        }
      }
      return b.toString();
    }

    private static boolean isTokenChar(char c) {
      return c > ' ' && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
    }
  }
}
