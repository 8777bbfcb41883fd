package dev.jdxf.app.facade;

import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.model.RepositoryName;
import io.vertx.core.Future;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * One registry (dxf's {@code DXFBase}): registry-wide operations, and {@link #repository(String)}
 * views that share its connections and token. Thread-safe; every method returns at once with a
 * {@link Future} completing on the caller's context. {@link #close()} closes what this object
 * created (its HTTP client), never the caller's {@code Vertx}.
 */
public final class JdxfRegistry {
  private final Store store;

  @Inject
  JdxfRegistry(Store store) {
    this.store = store;
  }

  /** Authenticates now for the scope the registry's challenge names; the token, if any. */
  public Future<Optional<String>> authenticate() {
    return store.call(
        () -> store.useCases.authenticate().authenticate(Optional.empty(), List.of()));
  }

  /**
   * Authenticates now for {@code repository:<repository>:<actions>} (actions {@code pull}, {@code
   * push}, {@code *}); completes with the bearer token, or empty for a registry without tokens.
   */
  public Future<Optional<String>> authenticate(String repository, String... actions) {
    return store.call(
        () ->
            store
                .useCases
                .authenticate()
                .authenticate(Optional.of(RepositoryName.parse(repository)), List.of(actions)));
  }

  /** Every repository, following the registry's pages. */
  public Future<List<String>> listRepos() {
    return listRepos(0);
  }

  /** Every repository, asking for {@code batchSize} names per page (0: the registry's default). */
  public Future<List<String>> listRepos(int batchSize) {
    return store.call(() -> store.useCases.listRepositories().listRepositories(batchSize));
  }

  /** One page of repositories; pass the page's {@code next} cursor to get the following one. */
  public Future<Page> listReposPage(PageRequest page) {
    return store.call(() -> store.useCases.listRepositories().listRepositoriesPage(page));
  }

  /** The bearer token most recently obtained or set. */
  public Optional<String> token() {
    return store.backend.tokens().token();
  }

  /** Uses {@code token} for every following request, of this object and its repositories. */
  public void token(String token) {
    store.backend.tokens().useToken(token);
  }

  /** The API version the registry speaks ({@code registry/2.0}); fails when it speaks none. */
  public Future<String> apiVersionCheck() {
    return store.call(store.useCases.checkApi()::apiVersion);
  }

  /** A view of one repository sharing this registry's connections and token. */
  public JdxfRepository repository(String name) {
    return new JdxfRepository(store, RepositoryName.parse(name));
  }

  /**
   * Closes what this registry created; the caller's {@code Vertx} keeps running. Operations begun
   * afterwards fail; closing twice is harmless.
   */
  public Future<Void> close() {
    return store.close();
  }
}
