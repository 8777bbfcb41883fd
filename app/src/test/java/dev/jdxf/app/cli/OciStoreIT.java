package dev.jdxf.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DXF_HOST=oci:PATH: the same commands over a local OCI image-layout store. */
class OciStoreIT {
  @TempDir Path dir;

  @Test
  void theCommandsWorkOnALocalStore() {
    CliProcess jdxf = CliProcess.bare().with("DXF_HOST", "oci:" + dir.resolve("store"));
    byte[] one = Blobs.text("jdxf blob one\n");
    byte[] two = Blobs.random(200_000, 31);
    Path f1 = Blobs.write(dir, "one", one);
    Path f2 = Blobs.write(dir, "two", two);
    String d1 = jdxf.run("push-blob", "local/data", f1.toString()).ok().out().strip();
    String d2 = jdxf.run("push-blob", "local/data", f2.toString()).ok().out().strip();
    assertEquals(Blobs.sha256(two), d2);

    assertEquals(
        Blobs.dxfManifest(one, two),
        jdxf.run("set-alias", "local/data", "both", d1, d2).ok().out());
    assertEquals(d1 + "\n" + d2 + "\n", jdxf.run("get-alias", "local/data", "both").ok().out());
    assertArrayEquals(
        Blobs.concat(one, two), jdxf.run("pull-blob", "local/data", "@both").ok().stdout());
    assertEquals(
        (one.length + two.length) + "\n", jdxf.run("blob-size", "local/data", "@both").ok().out());
    assertEquals("both\n", jdxf.run("list-aliases", "local/data").ok().out());
    assertEquals("local/data\n", jdxf.run("list-repos").ok().out());
    assertEquals("", jdxf.run("auth", "local/data").ok().out());
    assertEquals(d1 + "\n" + d2 + "\n", jdxf.run("del-alias", "local/data", "both").ok().out());
    CliProcess.Result gone = jdxf.run("get-alias", "local/data", "both");
    assertEquals(2, gone.status(), gone::toString);
    assertEquals("jdxf: manifest local/data:both not found\n", gone.stderr());
  }

  @Test
  void anEmptyOciPathIsAnError() throws Exception {
    CliProcess.Result r = CliProcess.bare().with("DXF_HOST", "oci:").run("list-repos");
    assertEquals(1, r.status(), r::toString);
    assertEquals(
        "jdxf: DXF_HOST=oci: names no directory: use DXF_HOST=oci:PATH, e.g. oci:./store\n",
        r.stderr());
    assertEquals(false, Files.exists(dir.resolve("store")));
  }
}
