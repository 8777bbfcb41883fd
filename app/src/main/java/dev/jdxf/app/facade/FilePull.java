package dev.jdxf.app.facade;

import dev.jdxf.domain.error.JdxfException;
import dev.jdxf.domain.error.StorageException;
import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.stream.BlobStreams;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A verified blob pulled into a file: the bytes go to a temporary file beside the target, which is
 * moved over the target only once every byte has arrived and matched the digest; on failure it is
 * deleted and the target is left as it was.
 *
 * <p>The bytes are written on the caller's worker pool, behind a hand-off from the worker that
 * hashes them, so receiving, hashing and writing overlap and no event loop waits for the disk.
 */
final class FilePull implements Flow.Subscriber<ByteBuffer> {
  /** Verified buffers queued for the disk while the next ones are hashed. */
  private static final int WRITE_AHEAD = 16;

  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final CompletableFuture<Long> done = new CompletableFuture<>();
  private volatile Flow.@Nullable Subscription subscription;
  private long written;

  private FilePull(Path target, Path temp, FileChannel channel) {
    this.target = target;
    this.temp = temp;
    this.channel = channel;
  }

  /**
   * Creates the temporary file, then pulls the blob that {@code pull} opens into it, and moves it
   * over {@code target} once complete.
   */
  static Future<BlobInfo> into(
      Vertx vertx, Path target, Digest digest, Supplier<Future<BlobContent>> pull) {
    Path file = target.toAbsolutePath();
    return vertx
        .executeBlocking(() -> create(file))
        .compose(
            sink ->
                pull.get()
                    .compose(
                        content -> {
                          // written on another worker than the one hashing: the two overlap
                          BlobStreams.handedOff(
                                  content.bytes(), UseCasesModule.hashing(vertx), WRITE_AHEAD)
                              .subscribe(sink);
                          return Future.fromCompletionStage(sink.done);
                        })
                    .transform(
                        pulled ->
                            vertx
                                .executeBlocking(() -> sink.finish(pulled.succeeded()))
                                .transform(finished -> outcome(pulled, finished))))
        .map(n -> new BlobInfo(digest, n));
  }

  /** The pull's failure first (the file's fate is secondary), else how finishing the file went. */
  private static Future<Long> outcome(AsyncResult<Long> pulled, AsyncResult<Long> finished) {
    if (pulled.failed()) {
      return Future.failedFuture(pulled.cause());
    }
    if (finished.failed()) {
      return Future.failedFuture(finished.cause());
    }
    return Future.succeededFuture(finished.result());
  }

  private static FilePull create(Path file) {
    if (Files.isDirectory(file)) {
      throw new StorageException("cannot write " + file + ": it is a directory");
    }
    Path parent = file.getParent();
    try {
      Path temp =
          Files.createTempFile(
              parent == null ? Path.of(".") : parent,
              "." + file.getFileName() + ".",
              ".part",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-")));
      return new FilePull(file, temp, FileChannel.open(temp, StandardOpenOption.WRITE));
    } catch (IOException | UnsupportedOperationException e) {
      throw new StorageException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Closes the file; moves it over the target when {@code keep}, else deletes it. Returns the bytes
   * written.
   */
  private long finish(boolean keep) {
    try {
      channel.close();
      if (keep) {
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return written;
      }
    } catch (IOException e) {
      deleteTemp();
      throw new StorageException("cannot write " + target + ": " + e.getMessage(), e);
    }
    deleteTemp();
    return written;
  }

  private void deleteTemp() {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // the pull's own failure is what the caller needs to hear about
    }
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    if (subscription != null) {
      s.cancel();
      return;
    }
    subscription = s;
    // the hand-off before this bounds what is read ahead; each buffer is written here
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(ByteBuffer item) {
    if (done.isDone()) {
      return;
    }
    try {
      int n = item.remaining();
      while (item.hasRemaining()) {
        channel.write(item);
      }
      written += n;
    } catch (IOException e) {
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
      done.completeExceptionally(
          new StorageException("cannot write " + target + ": " + e.getMessage(), e));
    }
  }

  @Override
  public void onError(Throwable t) {
    JdxfException known = JdxfException.unwrap(t);
    done.completeExceptionally(known != null ? known : t);
  }

  @Override
  public void onComplete() {
    done.complete(written);
  }
}
