package dev.jdxf.domain.error;

import java.util.List;
import java.util.stream.Collectors;

/** A registry answered with an error status not covered by a more specific error. */
public final class RegistryException extends JdxfException {
  private static final long serialVersionUID = 1L;

  /** One entry of the registry's {@code errors} array. */
  public record ErrorCode(String code, String message) {
    @Override
    public String toString() {
      return message.isEmpty() ? code : code + ": " + message;
    }
  }

  private final int status;
  private final List<ErrorCode> codes;

  public RegistryException(String what, int status, String reason, List<ErrorCode> codes) {
    super(describe(what, status, reason, codes), null);
    this.status = status;
    this.codes = List.copyOf(codes);
  }

  static String describe(String what, int status, String reason, List<ErrorCode> codes) {
    String head = what + ": " + status + (reason.isEmpty() ? "" : " " + reason);
    if (codes.isEmpty()) {
      return head;
    }
    return head
        + " ("
        + codes.stream().map(ErrorCode::toString).collect(Collectors.joining("; "))
        + ")";
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The registry's error codes, e.g. {@code MANIFEST_INVALID}. */
  public List<ErrorCode> codes() {
    return codes;
  }

  public boolean hasCode(String code) {
    return codes.stream().anyMatch(c -> c.code().equals(code));
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.REGISTRY_ERROR;
  }
}
