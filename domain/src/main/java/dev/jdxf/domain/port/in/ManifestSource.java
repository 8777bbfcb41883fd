package dev.jdxf.domain.port.in;

import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.RawManifest;
import java.util.Objects;

/**
 * Where a use case finds a manifest: by alias in the store, or given as text (dxf's stdin form).
 */
public sealed interface ManifestSource {

  record ByAlias(Alias alias) implements ManifestSource {
    public ByAlias {
      Objects.requireNonNull(alias, "alias");
    }
  }

  record Given(RawManifest manifest) implements ManifestSource {
    public Given {
      Objects.requireNonNull(manifest, "manifest");
    }
  }

  static ManifestSource alias(Alias alias) {
    return new ByAlias(alias);
  }

  static ManifestSource given(RawManifest manifest) {
    return new Given(manifest);
  }
}
