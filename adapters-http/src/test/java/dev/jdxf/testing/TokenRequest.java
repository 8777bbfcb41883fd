package dev.jdxf.testing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One request that the {@link TokenService} received, for tests to assert on.
 *
 * @param path the request path (normally {@code /auth})
 * @param service the {@code service} query parameter, or null when absent
 * @param scopes the scopes asked for (all scope parameters), parsed, in order
 * @param credentialsSent whether an {@code Authorization: Basic} header was sent
 * @param username the user named in the Basic credentials, or null when none were sent
 * @param status the HTTP status answered (200, 400 or 401)
 * @param granted the access the issued token carries (empty unless the status is 200)
 * @param token the issued token, or null when none was issued
 */
public record TokenRequest(
    String path,
    @Nullable String service,
    List<Scope> scopes,
    boolean credentialsSent,
    @Nullable String username,
    int status,
    List<Scope> granted,
    @Nullable String token) {
  public TokenRequest {
    scopes = List.copyOf(scopes);
    granted = List.copyOf(granted);
  }
}
