package dev.jdxf.domain.stream;

import dev.jdxf.domain.error.DigestMismatchException;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.DigestAlgorithm;
import dev.jdxf.domain.model.ProgressListener;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Wrappers around blob byte streams. Each looks at every buffer once (through a {@code
 * duplicate()}, so the buffer reaches the subscriber untouched), keeps demand and cancellation
 * going straight upstream, and accepts one subscriber.
 */
public final class BlobStreams {
  private BlobStreams() {}

  /**
   * Passes {@code bytes} on while hashing them; instead of completing, fails with {@link
   * DigestMismatchException} when the digest or the byte count is not {@code expected}'s. More
   * bytes than expected fail the stream as soon as they arrive.
   *
   * @param what names the blob in the error, e.g. {@code "blob sha256:… in repo"}
   */
  public static Flow.Publisher<ByteBuffer> verifying(
      Flow.Publisher<ByteBuffer> bytes, String what, BlobInfo expected) {
    return new ObservedPublisher(bytes, new Verifier(what, expected));
  }

  /**
   * Passes {@code bytes} on, telling {@code listener} how many have passed: {@code 0} when the
   * stream starts, after each buffer, and last {@code total} when it completes.
   */
  public static Flow.Publisher<ByteBuffer> withProgress(
      Flow.Publisher<ByteBuffer> bytes, Digest digest, long total, ProgressListener listener) {
    return new ObservedPublisher(bytes, new Progress(digest, total, listener));
  }

  /**
   * Like {@link #withProgress}, for bytes that start flowing before their digest is known: nothing
   * is reported until {@code digest} completes; then {@code 0}, the bytes passed so far, and on as
   * usual. Nothing at all is reported when {@code digest} fails. The listener may be called from
   * the thread that completes {@code digest}, never twice at once.
   */
  public static Flow.Publisher<ByteBuffer> withProgressOnceKnown(
      Flow.Publisher<ByteBuffer> bytes,
      CompletionStage<Digest> digest,
      long total,
      ProgressListener listener) {
    return new ObservedPublisher(bytes, new LateProgress(digest, total, listener));
  }

  /**
   * Passes {@code bytes} on until {@code stage} fails: the stream then fails with the same cause at
   * the next buffer (or instead of completing), and the upstream is cancelled.
   */
  public static Flow.Publisher<ByteBuffer> stoppedByFailure(
      Flow.Publisher<ByteBuffer> bytes, CompletionStage<?> stage) {
    return new ObservedPublisher(bytes, new StopOnFailure(stage));
  }

  /**
   * Passes {@code bytes} on through an asynchronous boundary: the upstream's thread only queues
   * buffers, and {@code executor} hands them to the subscriber (who may then hash them while the
   * upstream reads the next ones). At most {@code prefetch} buffers are read ahead; order, demand,
   * cancellation and the terminal signal are kept (an error is passed on at once, a completion
   * after the last buffer).
   */
  public static Flow.Publisher<ByteBuffer> handedOff(
      Flow.Publisher<ByteBuffer> bytes, Executor executor, int prefetch) {
    return new HandOffPublisher<>(bytes, executor, prefetch);
  }

  /**
   * Passes {@code bytes} on while computing their digest and size, for uploads of unknown digest.
   */
  public static DigestingPublisher digesting(
      Flow.Publisher<ByteBuffer> bytes, DigestAlgorithm algorithm) {
    return new DigestingPublisher(bytes, algorithm);
  }

  private static final class Verifier implements ByteObserver {
    private final String what;
    private final BlobInfo expected;
    private final MessageDigest md;
    private long count;

    Verifier(String what, BlobInfo expected) {
      this.what = Objects.requireNonNull(what, "what");
      this.expected = Objects.requireNonNull(expected, "expected");
      this.md = expected.digest().algorithm().newMessageDigest();
    }

    @Override
    public void onBytes(ByteBuffer view) {
      count += view.remaining();
      md.update(view);
      if (count > expected.size()) {
        throw DigestMismatchException.ofSize(
            what, expected.digest(), expected.size(), "more than " + expected.size(), actual());
      }
    }

    @Override
    public void onEnd() {
      Digest actual = actual();
      if (count != expected.size()) {
        throw DigestMismatchException.ofSize(
            what, expected.digest(), expected.size(), Long.toString(count), actual);
      }
      if (!actual.equals(expected.digest())) {
        throw new DigestMismatchException(what, expected.digest(), actual);
      }
    }

    private Digest actual() {
      try {
        MessageDigest copy = (MessageDigest) md.clone();
        return Digest.of(expected.digest().algorithm(), copy.digest());
      } catch (CloneNotSupportedException e) {
        return Digest.of(expected.digest().algorithm(), md.digest());
      }
    }
  }

  private static final class Progress implements ByteObserver {
    private final Digest digest;
    private final long total;
    private final ProgressListener listener;
    private long done;
    private boolean reportedEnd;

    Progress(Digest digest, long total, ProgressListener listener) {
      this.digest = Objects.requireNonNull(digest, "digest");
      this.total = total;
      this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void onStart() {
      listener.progress(digest, 0, total);
    }

    @Override
    public void onBytes(ByteBuffer view) {
      int n = view.remaining();
      if (n == 0) {
        return;
      }
      done += n;
      listener.progress(digest, done, total);
      reportedEnd = done == total;
    }

    @Override
    public void onEnd() {
      if (!reportedEnd) {
        listener.progress(digest, done, total);
      }
    }
  }

  private static final class StopOnFailure implements ByteObserver {
    private volatile @Nullable Throwable failure;

    StopOnFailure(CompletionStage<?> stage) {
      stage.whenComplete(
          (v, e) -> {
            if (e != null) {
              failure = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            }
          });
    }

    @Override
    public void onBytes(ByteBuffer view) {
      check();
    }

    @Override
    public void onEnd() {
      check();
    }

    private void check() {
      Throwable f = failure;
      if (f instanceof RuntimeException r) {
        throw r;
      }
      if (f != null) {
        throw new CompletionException(f);
      }
    }
  }

  private static final class LateProgress implements ByteObserver {
    private final long total;
    private final ProgressListener listener;
    private @Nullable Digest digest;
    private long done;
    private boolean ended;
    private boolean reportedEnd;

    LateProgress(CompletionStage<Digest> known, long total, ProgressListener listener) {
      this.total = total;
      this.listener = Objects.requireNonNull(listener, "listener");
      known.thenAccept(this::known);
    }

    private synchronized void known(Digest d) {
      digest = d;
      listener.progress(d, 0, total);
      if (done > 0) {
        report(d);
      }
      if (ended) {
        end(d);
      }
    }

    @Override
    public synchronized void onBytes(ByteBuffer view) {
      int n = view.remaining();
      if (n == 0) {
        return;
      }
      done += n;
      Digest d = digest;
      if (d != null) {
        report(d);
      }
    }

    @Override
    public synchronized void onEnd() {
      ended = true;
      Digest d = digest;
      if (d != null) {
        end(d);
      }
    }

    private void report(Digest d) {
      listener.progress(d, done, total);
      reportedEnd = done == total;
    }

    private void end(Digest d) {
      if (!reportedEnd) {
        listener.progress(d, done, total);
        reportedEnd = true;
      }
    }
  }
}
