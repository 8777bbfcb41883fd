package dev.jdxf.app.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which commands get a manifest warm-up: those that read one, and only those. */
class ManifestWarmUpTest {
  @Test
  void commandsThatReadAManifest() {
    assertTrue(ManifestWarmUp.wanted("get-alias", "repo", "latest"));
    assertTrue(ManifestWarmUp.wanted("get-digest", "repo", "latest"));
    assertTrue(ManifestWarmUp.wanted("get-manifest", "repo"));
    assertTrue(ManifestWarmUp.wanted("del-alias", "repo", "latest"));
    assertTrue(ManifestWarmUp.wanted("copy", "a/repo:x", "b/repo:x"));
    assertTrue(ManifestWarmUp.wanted("pull-blob", "repo", "@latest"));
  }

  @Test
  void notCommandsThatReadNone() {
    assertFalse(ManifestWarmUp.wanted());
    assertFalse(ManifestWarmUp.wanted("blob-size", "repo", "sha256:00"));
    assertFalse(ManifestWarmUp.wanted("pull-blob", "repo", "sha256:00"));
    assertFalse(ManifestWarmUp.wanted("push-blob", "repo", "file", "@alias"));
    assertFalse(ManifestWarmUp.wanted("list-aliases", "repo"));
    assertFalse(ManifestWarmUp.wanted("--help"));
  }
}
