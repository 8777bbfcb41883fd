package dev.jdxf.domain.port.in;

import dev.jdxf.domain.model.Digest;
import java.util.Objects;

/** What blob commands act on: one blob by digest, or the blobs of a manifest (alias or given). */
public sealed interface BlobTarget {

  record OneBlob(Digest digest) implements BlobTarget {
    public OneBlob {
      Objects.requireNonNull(digest, "digest");
    }
  }

  record ManifestBlobs(ManifestSource manifest) implements BlobTarget {
    public ManifestBlobs {
      Objects.requireNonNull(manifest, "manifest");
    }
  }
}
