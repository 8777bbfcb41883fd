package dev.jdxf.http;

import dev.jdxf.domain.error.MountFailedException;
import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.BlobStore;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Blobs in a registry. */
final class RegistryBlobStore implements BlobStore {
  private final RegistryContext registry;

  RegistryBlobStore(RegistryContext registry) {
    this.registry = registry;
  }

  @Override
  public CompletionStage<Optional<Long>> stat(RepositoryName repository, Digest digest) {
    return registry.run(r -> r.send(new BlobChecker(repository, digest)));
  }

  @Override
  public CompletionStage<BlobContent> read(RepositoryName repository, Digest digest) {
    return registry.run(r -> r.send(new BlobPuller(repository, digest, r.registry())));
  }

  @Override
  public CompletionStage<BlobInfo> write(RepositoryName repository, BlobSource source) {
    return registry.run(
        (r, context) ->
            r.send(new BlobUploadInitiator(repository, r.registry()))
                .compose(
                    location ->
                        BlobUpload.into(
                            r, repository, location, source, registry.chunkSize(), context)));
  }

  @Override
  public CompletionStage<BlobInfo> writeAhead(
      RepositoryName repository,
      Flow.Publisher<ByteBuffer> bytes,
      long size,
      CompletionStage<Digest> digest) {
    BlobSource source = new BlobSource(bytes, Optional.empty(), OptionalLong.of(size));
    return registry.run(
        (r, context) ->
            r.send(new BlobUploadInitiator(repository, r.registry()))
                .compose(
                    location ->
                        BlobUpload.ahead(r, repository, location, source, digest, context)));
  }

  @Override
  public CompletionStage<Void> mount(
      RepositoryName repository,
      RepositoryName from,
      Digest digest,
      Optional<BlobSource> fallback) {
    return registry.run(
        (r, context) ->
            r.send(new BlobMounter(repository, from, digest, r.registry()))
                .compose(
                    opened -> {
                      if (opened.isEmpty()) {
                        return io.vertx.core.Future.<Void>succeededFuture();
                      }
                      URI location = opened.get();
                      if (fallback.isPresent()) {
                        BlobSource bytes = fallback.get();
                        BlobSource known =
                            new BlobSource(
                                bytes.bytes(),
                                Optional.of(bytes.digest().orElse(digest)),
                                bytes.size());
                        return BlobUpload.into(
                                r, repository, location, known, registry.chunkSize(), context)
                            .<Void>mapEmpty();
                      }
                      MountFailedException failed =
                          new MountFailedException(
                              "mount failed: blob "
                                  + digest
                                  + " from repository "
                                  + from
                                  + " to repository "
                                  + repository
                                  + " (registry "
                                  + r.registry()
                                  + " opened an upload instead: 202 Accepted)");
                      return r.send(new UploadCanceller(repository, location))
                          .transform(ignored -> io.vertx.core.Future.<Void>failedFuture(failed));
                    }));
  }

  @Override
  public CompletionStage<Void> delete(RepositoryName repository, Digest digest) {
    return registry.run(r -> r.send(new BlobDeleter(repository, digest)));
  }
}
