package dev.jdxf.fs;

import dev.jdxf.domain.error.JdxfException;
import dev.jdxf.domain.error.StorageException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns {@link IOException}s into one-line jdxf errors. */
final class IoErrors {
  private IoErrors() {}

  /** A storage failure: "{@code what}: permission denied: PATH", or the reason the OS gave. */
  static JdxfException storage(String what, IOException e) {
    return new StorageException(what + ": " + reason(e), e);
  }

  /** The OS's reason, with the file it concerns. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    if (e instanceof FileSystemException f && f.getFile() != null) {
      String why = f.getReason();
      return f.getFile() + ": " + (why != null ? why : describe(f));
    }
    String msg = e.getMessage();
    return msg != null ? msg : e.getClass().getSimpleName();
  }

  private static String describe(FileSystemException f) {
    if (f instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (f instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (f instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (f instanceof DirectoryNotEmptyException) {
      return "directory not empty";
    }
    return f.getClass().getSimpleName();
  }
}
