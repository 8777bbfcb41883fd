package dev.jdxf.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.testing.RegistryExtension;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every dxf command against a real plain-http registry, asserting exact stdout bytes. */
class PlainRegistryIT {
  @RegisterExtension static final RegistryExtension registry = RegistryExtension.plain();

  @TempDir Path dir;

  private static CliProcess jdxf() {
    return CliProcess.of(registry);
  }

  private String push(String repo, byte[] content, String... alias) {
    Path file = Blobs.write(dir, "blob-" + Blobs.sha256(content).substring(7, 19), content);
    String[] args = new String[3 + alias.length];
    args[0] = "push-blob";
    args[1] = repo;
    args[2] = file.toString();
    System.arraycopy(alias, 0, args, 3, alias.length);
    CliProcess.Result r = jdxf().run(args).ok();
    assertEquals(Blobs.sha256(content) + "\n", r.out());
    return Blobs.sha256(content);
  }

  @Test
  void pushBlobPrintsTheDigestAndStoresTheBlob() throws Exception {
    byte[] content = Blobs.random(100_000, 1);
    String digest = push("plain/push", content);
    HttpResponse<Void> head =
        registry
            .newHttpClient()
            .send(
                HttpRequest.newBuilder(registry.uri("/v2/plain/push/blobs/" + digest))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    assertEquals(200, head.statusCode());
    assertEquals("100000", head.headers().firstValue("Content-Length").orElse(""));
  }

  @Test
  void pushBlobWithAnAliasPointsTheAliasAtIt() {
    byte[] content = Blobs.text("aliased by push-blob\n");
    String digest = push("plain/push-alias", content, "@first");
    assertEquals(digest + "\n", jdxf().run("get-alias", "plain/push-alias", "first").ok().out());
    assertEquals(
        Blobs.dxfManifest(content),
        jdxf().run("get-manifest", "plain/push-alias", "first").ok().out());
  }

  @Test
  void progressBarsShowZeroAndAHundredPercentWithPlainByteCounts() {
    byte[] content = Blobs.random(3 * 1024 * 1024, 2);
    String digest = pushTwiceWithProgress("plain/progress", content);
    CliProcess progress = jdxf().with("DXF_PROGRESS", "1");

    CliProcess.Result pull = progress.run("pull-blob", "plain/progress", digest);
    assertEquals(0, pull.status(), pull::toString);
    assertArrayEquals(content, pull.stdout());
    assertBars(pull.stderr(), digest, content.length);

    CliProcess.Result off =
        jdxf().with("DXF_PROGRESS", "0").run("pull-blob", "plain/progress", digest);
    assertArrayEquals(content, off.ok().stdout());
    CliProcess.Result notATerminal =
        jdxf().with("DXF_PROGRESS", "auto").run("pull-blob", "plain/progress", digest);
    assertArrayEquals(content, notATerminal.ok().stdout());
  }

  /** Files of 8 MiB and more are hashed while they upload: the same bars, the same silence. */
  @Test
  void aLargeFileHashedWhileItUploadsShowsTheSameBarsAndNothingWhenAlreadyThere() {
    byte[] content = Blobs.random(9 * 1024 * 1024 + 1, 3);
    String digest = pushTwiceWithProgress("plain/large", content);
    assertArrayEquals(content, jdxf().run("pull-blob", "plain/large", digest).ok().stdout());
  }

  /**
   * Pushes {@code content} with progress on: bars from 0 to 100% the first time; the second time,
   * when the registry has the blob, the digest and not a byte on stderr. Returns the digest.
   */
  private String pushTwiceWithProgress(String repo, byte[] content) {
    Path file = Blobs.write(dir, "pushed-" + repo.replace('/', '-'), content);
    String digest = Blobs.sha256(content);
    CliProcess progress = jdxf().with("DXF_PROGRESS", "1");

    CliProcess.Result push = progress.run("push-blob", repo, file.toString());
    assertEquals(0, push.status(), push::toString);
    assertEquals(digest + "\n", push.out());
    assertBars(push.stderr(), digest, content.length);

    CliProcess.Result again = progress.run("push-blob", repo, file.toString());
    assertEquals(0, again.status(), again::toString);
    assertEquals(digest + "\n", again.out());
    assertEquals("", again.stderr(), "no bar and no message when the blob is already there");
    return digest;
  }

  /** As in dxf, {@code @NAME} is an alias even where a file NAME exists (no argument files). */
  @Test
  void anAtAliasIsNeverReadAsAnArgumentFile() throws Exception {
    byte[] content = Blobs.text("pushed under an alias that is also a file name\n");
    Path file = Blobs.write(dir, "blob", content);
    // the launcher runs in this JVM's working directory, where an argument file would be looked up
    Path decoy = Path.of("").toAbsolutePath().resolve("atfile-decoy");
    Files.writeString(decoy, "decoy-alias\n");
    try {
      CliProcess.Result r =
          jdxf().run("push-blob", "plain/atfile", file.toString(), "@atfile-decoy").ok();
      assertEquals(Blobs.sha256(content) + "\n", r.out());
    } finally {
      Files.delete(decoy);
    }
    assertEquals(
        Blobs.sha256(content) + "\n",
        jdxf().run("get-alias", "plain/atfile", "atfile-decoy").ok().out());
    assertEquals(2, jdxf().run("get-alias", "plain/atfile", "decoy-alias").status());
  }

  private static void assertBars(String stderr, String digest, long size) {
    String label = digest.substring(0, 8);
    assertTrue(stderr.startsWith("\r" + label + "   0%"), stderr);
    String last = stderr.substring(stderr.lastIndexOf('\r') + 1);
    assertTrue(last.startsWith(label + " 100%"), stderr);
    assertTrue(last.contains(" " + size + "/" + size + " "), stderr);
    assertTrue(stderr.endsWith("\n"), stderr);
  }

  @Test
  void pullBlobWritesTheBytesOfDigestsAndAliasesInOrder() {
    byte[] one = Blobs.text("jdxf blob one\n");
    byte[] two = Blobs.random(70_000, 3);
    byte[] three = Blobs.random(5 * 1024 * 1024 + 17, 4);
    String d1 = push("plain/pull", one);
    String d2 = push("plain/pull", two);
    String d3 = push("plain/pull", three);
    jdxf().run("set-alias", "plain/pull", "pair", d1, d2).ok();

    assertArrayEquals(three, jdxf().run("pull-blob", "plain/pull", d3).ok().stdout());
    assertArrayEquals(
        Blobs.concat(two, one, two, three),
        jdxf().run("pull-blob", "plain/pull", d2, "@pair", d3).ok().stdout());
  }

  @Test
  void pullBlobInfoPrecedesEachBlob() {
    byte[] one = Blobs.text("info one\n");
    byte[] two = Blobs.random(1000, 5);
    String d1 = push("plain/info", one);
    String d2 = push("plain/info", two);
    jdxf().run("set-alias", "plain/info", "both", d1, d2).ok();
    byte[] expected =
        Blobs.concat(
            Blobs.text(d1 + " " + one.length + "\n"), one, Blobs.text(d2 + " 1000\n"), two);
    assertArrayEquals(
        expected,
        jdxf().with("DXF_BLOB_INFO", "1").run("pull-blob", "plain/info", "@both").ok().stdout());
  }

  @Test
  void pullBlobWithOddChunkSizes() {
    byte[] content = Blobs.random(300_001, 6);
    String digest = push("plain/chunks", content);
    for (String size : new String[] {"1", "7", "8192", "1048576", "10000000"}) {
      CliProcess.Result r =
          jdxf().with("DXF_CHUNK_SIZE", size).run("pull-blob", "plain/chunks", digest).ok();
      assertArrayEquals(content, r.stdout(), "DXF_CHUNK_SIZE=" + size);
    }
  }

  @Test
  void manifestOnStdinStandsForAnAlias() {
    byte[] one = Blobs.text("stdin one\n");
    byte[] two = Blobs.text("stdin two, longer\n");
    String d1 = push("plain/stdin", one);
    String d2 = push("plain/stdin", two);
    byte[] manifest = jdxf().run("set-alias", "plain/stdin", "s", d1, d2).ok().stdout();

    assertEquals(
        d1 + "\n" + d2 + "\n",
        jdxf().runWithInput(manifest, "get-alias", "plain/stdin").ok().out());
    assertEquals(
        (one.length + two.length) + "\n",
        jdxf().runWithInput(manifest, "blob-size", "plain/stdin").ok().out());
    assertEquals(d1 + "\n", jdxf().runWithInput(manifest, "get-digest", "plain/stdin").ok().out());
    assertArrayEquals(
        Blobs.concat(one, two),
        jdxf().runWithInput(manifest, "pull-blob", "plain/stdin").ok().stdout());
    jdxf().runWithInput(manifest, "del-blob", "plain/stdin").ok();
    assertNotFound(jdxf().run("blob-size", "plain/stdin", d1), d1);
    assertNotFound(jdxf().run("blob-size", "plain/stdin", d2), d2);
  }

  @Test
  void blobSizeOfDigestsAndAliases() {
    byte[] one = Blobs.random(1234, 7);
    byte[] two = Blobs.random(4321, 8);
    String d1 = push("plain/size", one);
    String d2 = push("plain/size", two);
    jdxf().run("set-alias", "plain/size", "sum", d1, d2).ok();
    assertEquals(
        "1234\n4321\n5555\n", jdxf().run("blob-size", "plain/size", d1, d2, "@sum").ok().out());
  }

  @Test
  void unknownBlobsAndAliasesExitWithTwo() {
    String missing = Blobs.sha256(Blobs.text("never pushed"));
    assertNotFound(jdxf().run("blob-size", "plain/missing", missing), missing);
    assertNotFound(jdxf().run("pull-blob", "plain/missing", missing), missing);
    assertNotFound(jdxf().run("del-blob", "plain/missing", missing), missing);
    push("plain/missing", Blobs.text("something\n"));
    assertNotFound(jdxf().run("get-alias", "plain/missing", "nope"), "nope");
    assertNotFound(jdxf().run("get-manifest", "plain/missing", "nope"), "nope");
    assertNotFound(jdxf().run("pull-blob", "plain/missing", "@nope"), "nope");
  }

  static void assertNotFound(CliProcess.Result r, String what) {
    assertEquals(2, r.status(), r::toString);
    assertEquals("", r.out(), r::toString);
    assertTrue(r.stderr().startsWith("jdxf: "), r::toString);
    assertTrue(r.stderr().contains(what), r::toString);
    assertTrue(r.stderr().contains("404 Not Found"), r::toString);
    assertEquals(1, r.stderr().lines().count(), r::toString);
  }

  @Test
  void mountBlobMakesABlobOfAnotherRepositoryAvailable() {
    byte[] content = Blobs.random(20_000, 9);
    String digest = push("plain/mount-from", content);
    assertEquals(
        digest + "\n",
        jdxf().run("mount-blob", "plain/mount-to", "plain/mount-from", digest, "@m").ok().out());
    assertArrayEquals(content, jdxf().run("pull-blob", "plain/mount-to", "@m").ok().stdout());

    String absent = Blobs.sha256(Blobs.text("not anywhere"));
    CliProcess.Result failed =
        jdxf().run("mount-blob", "plain/mount-to", "plain/mount-from", absent);
    assertTrue(failed.status() != 0, failed::toString);
    assertEquals("", failed.out());
    assertEquals(1, failed.stderr().lines().count(), failed::toString);
  }

  @Test
  void delBlobDeletesBlobsAndAliases() {
    byte[] one = Blobs.text("delete me\n");
    byte[] two = Blobs.text("delete me too\n");
    byte[] three = Blobs.text("and me\n");
    String d1 = push("plain/del", one);
    String d2 = push("plain/del", two);
    String d3 = push("plain/del", three);
    jdxf().run("set-alias", "plain/del", "gone", d2, d3).ok();

    assertEquals("", jdxf().run("del-blob", "plain/del", d1).ok().out());
    assertNotFound(jdxf().run("blob-size", "plain/del", d1), d1);

    assertEquals("", jdxf().run("del-blob", "plain/del", "@gone").ok().out());
    assertNotFound(jdxf().run("get-alias", "plain/del", "gone"), "gone");
    assertNotFound(jdxf().run("blob-size", "plain/del", d2), d2);
    assertNotFound(jdxf().run("blob-size", "plain/del", d3), d3);
  }

  @Test
  void setAliasWritesDxfsManifestByteForByte() throws Exception {
    byte[] one = Blobs.text("jdxf blob one\n");
    byte[] two = Blobs.text("jdxf blob two\n");
    String d1 = push("plain/set", one);
    String d2 = push("plain/set", two);
    String literal =
        "{\"config\": {\"digest\": \"sha256:94b33877a4d800eff5c7b7b690e11a9a853356ff11d7979af2b97f15dddc1c00\","
            + " \"mediaType\": \"application/vnd.docker.container.image.v1+json\", \"size\": 14},"
            + " \"layers\": [{\"digest\":"
            + " \"sha256:94b33877a4d800eff5c7b7b690e11a9a853356ff11d7979af2b97f15dddc1c00\","
            + " \"mediaType\": \"application/octet-stream\", \"size\": 14}, {\"digest\":"
            + " \"sha256:bfb42464121f6a3d2fc84aef6f92836c84f3939f9651ef6050d8aedc05bc793c\","
            + " \"mediaType\": \"application/octet-stream\", \"size\": 14}], \"mediaType\":"
            + " \"application/vnd.docker.distribution.manifest.v2+json\", \"schemaVersion\": 2}";
    assertEquals(Blobs.dxfManifest(one, two), literal);

    CliProcess.Result set = jdxf().run("set-alias", "plain/set", "v1", d1, d2).ok();
    assertEquals(literal, set.out(), "the manifest, no newline at the end");
    assertEquals(literal, jdxf().run("get-manifest", "plain/set", "v1").ok().out());

    // Python's json.dumps(manifest, sort_keys=True) for these two blobs hashes to this digest.
    String pythonDigest = "sha256:aa2747b4126b2d2db22f90f46969a1d46f0dc6ee13f9422afc7ddef232306602";
    assertEquals(pythonDigest, Blobs.sha256(literal.getBytes(StandardCharsets.UTF_8)));
    assertEquals(pythonDigest, manifestDigest("plain/set", "v1"));

    Path local = Blobs.write(dir, "two.dat", two);
    CliProcess.Result byFile =
        jdxf().run("set-alias", "plain/set", "v2", d1, local.toAbsolutePath().toString()).ok();
    assertEquals(literal, byFile.out(), "a local file stands for its digest");
    assertEquals(pythonDigest, manifestDigest("plain/set", "v2"));
  }

  private static String manifestDigest(String repo, String alias) throws Exception {
    HttpResponse<Void> head =
        registry
            .newHttpClient()
            .send(
                HttpRequest.newBuilder(registry.uri("/v2/" + repo + "/manifests/" + alias))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .header("Accept", "application/vnd.docker.distribution.manifest.v2+json")
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    assertEquals(200, head.statusCode());
    return head.headers().firstValue("Docker-Content-Digest").orElseThrow();
  }

  @Test
  void getAliasGetDigestAndDelAlias() {
    byte[] one = Blobs.text("alias one\n");
    byte[] two = Blobs.text("alias two\n");
    String d1 = push("plain/alias", one);
    String d2 = push("plain/alias", two);
    jdxf().run("set-alias", "plain/alias", "a", d1, d2).ok();
    jdxf().run("set-alias", "plain/alias", "b", d2).ok();

    assertEquals(
        d1 + "\n" + d2 + "\n" + d2 + "\n",
        jdxf().run("get-alias", "plain/alias", "a", "b").ok().out());
    assertEquals(
        d1 + "\n" + d2 + "\n", jdxf().run("get-digest", "plain/alias", "a", "b").ok().out());
    assertEquals(
        List.of("a", "b"),
        jdxf().run("list-aliases", "plain/alias").ok().out().lines().sorted().toList());

    assertEquals(d1 + "\n" + d2 + "\n", jdxf().run("del-alias", "plain/alias", "a").ok().out());
    assertNotFound(jdxf().run("get-alias", "plain/alias", "a"), "a");
    assertEquals("b\n", jdxf().run("list-aliases", "plain/alias").ok().out());
    assertEquals(one.length + "\n", jdxf().run("blob-size", "plain/alias", d1).ok().out());
  }

  @Test
  void authWithoutTokensPrintsNothing() {
    assertEquals("", jdxf().run("auth", "plain/auth").ok().out());
    assertEquals("", jdxf().run("auth", "plain/auth", "pull", "push").ok().out());
  }
}
