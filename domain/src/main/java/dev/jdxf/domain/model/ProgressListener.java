package dev.jdxf.domain.model;

/** Told how far the transfer of one blob has come. Called once with 0, last with done == total. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (digest, done, total) -> {};

  void progress(Digest digest, long done, long total);
}
