package dev.jdxf.fs;

import dev.jdxf.domain.error.BadArgumentException;
import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.error.StorageException;
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

/**
 * Local files hashed and streamed on worker threads. Hashing reads the file through memory maps (no
 * copy into the heap); streaming hands out one fresh buffer per chunk.
 */
final class LocalFileAdapter implements LocalFiles {
  /**
   * Bytes per streamed chunk: large, yet under half of G1's smallest region (1 MiB), so chunks are
   * not humongous objects, which would be allocated and collected the slow way.
   */
  static final int CHUNK = 256 * 1024;

  /** Bytes mapped at a time while hashing (address space only: the pages are the OS's cache). */
  static final long MAP_WINDOW = 64L << 20;

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
          long size;
          try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            size = ch.size();
            for (long at = 0; at < size; at += MAP_WINDOW) {
              long length = Math.min(MAP_WINDOW, size - at);
              ByteBuffer window = ch.map(FileChannel.MapMode.READ_ONLY, at, length);
              try {
                md.update(window);
              } catch (InternalError e) {
                // how the JVM reports a mapped read past the end of a file that shrank meanwhile
                throw new StorageException(
                    "cannot hash " + file + ": it shrank while being read", e);
              }
            }
          }
          return new BlobInfo(Digest.of(algorithm, md.digest()), size);
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
