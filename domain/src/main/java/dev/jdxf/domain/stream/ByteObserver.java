package dev.jdxf.domain.stream;

import java.nio.ByteBuffer;

/**
 * Sees the bytes of one stream as they pass through an {@link ObservedPublisher}. A method that
 * throws a {@link RuntimeException} fails the stream with it (the upstream is cancelled).
 */
interface ByteObserver {

  /** Before the first byte, when the upstream subscription is established. */
  default void onStart() {}

  /** Each buffer, as a {@code duplicate()} the observer may consume, before it is passed on. */
  void onBytes(ByteBuffer view);

  /** The upstream completed; throwing here signals {@code onError} instead of completion. */
  void onEnd();

  /** The stream failed or was cancelled (and will not complete). */
  default void onAbort(Throwable cause) {}
}
