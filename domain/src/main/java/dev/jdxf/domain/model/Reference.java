package dev.jdxf.domain.model;

/** What names a manifest in a repository: an alias (tag) or a digest. */
public sealed interface Reference permits Alias, Digest {

  /** An alias when {@code text} is not a digest; a digest when it looks like one. */
  static Reference parse(String text) {
    if (text.indexOf(':') >= 0) {
      return Digest.parse(text);
    }
    return Alias.parse(text);
  }
}
