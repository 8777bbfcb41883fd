package dev.jdxf.fs;

import dev.jdxf.domain.error.BadArgumentException;
import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.DigestAlgorithm;
import dev.jdxf.domain.port.out.LocalFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.concurrent.CompletionStage;

/** Local files hashed and streamed on worker threads, one large buffer at a time. */
final class LocalFileAdapter implements LocalFiles {
  /** Bytes per read: large enough for hashing at the digest's own speed. */
  static final int CHUNK = 1 << 20;

  private final Blocking blocking;

  LocalFileAdapter(Blocking blocking) {
    this.blocking = blocking;
  }

  @Override
  public CompletionStage<BlobInfo> hash(Path file, DigestAlgorithm algorithm) {
    return blocking.run(
        "cannot hash " + file,
        () -> {
          regularFileSize(file);
          MessageDigest md = algorithm.newMessageDigest();
          long total = 0;
          try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(CHUNK);
            for (int n = ch.read(buf); n >= 0; n = ch.read(buf)) {
              md.update(buf.array(), 0, buf.position());
              total += buf.position();
              buf.clear();
            }
          }
          return new BlobInfo(Digest.of(algorithm, md.digest()), total);
        });
  }

  @Override
  public CompletionStage<BlobContent> open(Path file) {
    return blocking.run(
        "cannot open " + file,
        () -> {
          long size = regularFileSize(file);
          if (!Files.isReadable(file)) {
            throw IoErrors.storage(
                "cannot open " + file, new java.nio.file.AccessDeniedException(file.toString()));
          }
          return new BlobContent(
              size,
              new FileChunkPublisher(blocking.vertx(), file, size, CHUNK, StandardOpenOption.READ));
        });
  }

  /** The size of {@code file}, which must be an existing regular file (symlinks followed). */
  static long regularFileSize(Path file) throws IOException {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new NotFoundException("file not found: " + file, e);
    }
    if (attrs.isDirectory()) {
      throw new BadArgumentException("not a file: " + file + " is a directory");
    }
    if (!attrs.isRegularFile()) {
      throw new BadArgumentException("not a regular file: " + file);
    }
    return attrs.size();
  }
}
