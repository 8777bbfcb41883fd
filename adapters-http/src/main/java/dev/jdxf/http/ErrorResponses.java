package dev.jdxf.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jdxf.domain.error.JdxfException;
import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.error.RegistryException;
import dev.jdxf.domain.error.RegistryException.ErrorCode;
import dev.jdxf.domain.error.UnauthorizedException;
import dev.jdxf.domain.manifest.JsonTrees;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a registry's error answer into the jdxf error the user sees. */
final class ErrorResponses {
  private ErrorResponses() {}

  /** The entries of {@code {"errors":[{"code","message"}]}}; empty when the body is not that. */
  static List<ErrorCode> parseCodes(Buffer body) {
    if (body.length() == 0) {
      return List.of();
    }
    try {
      JsonNode json = JsonTrees.read(body.getBytes());
      JsonNode errors = json == null ? null : json.get("errors");
      if (errors == null || !errors.isArray()) {
        return List.of();
      }
      List<ErrorCode> codes = new ArrayList<>();
      for (JsonNode entry : errors) {
        if (entry.isObject()) {
          String code = textOf(entry.path("code"));
          String message = textOf(entry.path("message"));
          if (!code.isEmpty() || !message.isEmpty()) {
            codes.add(new ErrorCode(code, message));
          }
        }
      }
      return codes;
    } catch (IOException | RuntimeException e) {
      return List.of(); // not JSON: the status says enough
    }
  }

  private static String textOf(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return "";
    }
    return value.isTextual() ? value.asText() : value.toString();
  }

  /**
   * The error for an answer the endpoint did not handle: 404 names what was not found; 401 and 403
   * say what the registry refused; anything else is a {@link RegistryException}.
   */
  static JdxfException toException(
      String registry, String what, int status, String reason, List<ErrorCode> codes) {
    String statusText = status + (reason.isEmpty() ? "" : " " + reason);
    String detail =
        codes.isEmpty()
            ? ""
            : " ("
                + codes.stream().map(ErrorCode::toString).collect(Collectors.joining("; "))
                + ")";
    if (status == 404) {
      return new NotFoundException(
          what + " not found on registry " + registry + ": " + statusText + detail);
    }
    if (status == 401 || status == 403) {
      return unauthorized(registry, what, statusText + detail);
    }
    return new RegistryException(what + " on registry " + registry, status, reason, codes);
  }

  static UnauthorizedException unauthorized(String registry, String what, String why) {
    return new UnauthorizedException(
        "registry " + registry + " refused access to " + what + ": " + why);
  }
}
