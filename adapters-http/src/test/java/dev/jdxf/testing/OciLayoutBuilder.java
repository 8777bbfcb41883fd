package dev.jdxf.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes an OCI image layout by hand ({@code oci-layout}, {@code index.json}, {@code
 * blobs/sha256/...}) that {@link Skopeo#copy} can push. Each platform gets a config and one gzip
 * layer (declared {@code application/vnd.oci.image.layer.v1.tar+gzip}) holding real tar content.
 * One platform makes an image manifest; several make an image index.
 *
 * <pre>{@code
 * OciImage image = OciLayoutBuilder.at(dir)
 *     .platform(Platform.LINUX_AMD64)
 *     .platform(Platform.LINUX_ARM_V7)
 *     .write("v1");
 * }</pre>
 *
 * Several {@code write} calls with different tags add images to the same layout.
 */
public final class OciLayoutBuilder {
  public static final String INDEX = "application/vnd.oci.image.index.v1+json";
  public static final String MANIFEST = "application/vnd.oci.image.manifest.v1+json";
  public static final String CONFIG = "application/vnd.oci.image.config.v1+json";
  public static final String LAYER_GZIP = "application/vnd.oci.image.layer.v1.tar+gzip";

  /** An {@code os/architecture[/variant]} platform. */
  public record Platform(String os, String architecture, @Nullable String variant) {
    public static final Platform LINUX_AMD64 = new Platform("linux", "amd64", null);
    public static final Platform LINUX_ARM_V7 = new Platform("linux", "arm", "v7");

    /** {@code linux/amd64}, {@code linux/arm/v7}: the name dxf prints. */
    @Override
    public String toString() {
      return os + "/" + architecture + (variant == null ? "" : "/" + variant);
    }

    String json() {
      return "{\"architecture\":\""
          + architecture
          + "\",\"os\":\""
          + os
          + "\""
          + (variant == null ? "" : ",\"variant\":\"" + variant + "\"")
          + "}";
    }
  }

  /** A content-addressed blob of the layout. */
  public record Blob(String mediaType, String digest, long size) {
    String descriptor(String extra) {
      return "{\"mediaType\":\""
          + mediaType
          + "\",\"digest\":\""
          + digest
          + "\",\"size\":"
          + size
          + extra
          + "}";
    }
  }

  /** One platform's image in the layout. */
  public record PlatformImage(Platform platform, Blob manifest, Blob config, List<Blob> layers) {
    public PlatformImage {
      layers = List.copyOf(layers);
    }
  }

  /**
   * An image written under {@code tag}: its top descriptor (an index for several platforms, else
   * the image manifest) and each platform's image.
   */
  public record OciImage(Path layout, String tag, Blob top, List<PlatformImage> images) {
    public OciImage {
      images = List.copyOf(images);
    }

    /** Whether the tag names an image index. */
    public boolean isIndex() {
      return INDEX.equals(top.mediaType());
    }
  }

  private final Path dir;
  private final Map<Platform, Map<String, byte[]>> platforms = new LinkedHashMap<>();
  private final List<String> refs = new ArrayList<>();

  private OciLayoutBuilder(Path dir) {
    this.dir = dir;
  }

  /** A builder writing into {@code dir} (created when missing). */
  public static OciLayoutBuilder at(Path dir) {
    return new OciLayoutBuilder(dir);
  }

  /** Adds a platform whose layer holds {@code hello.txt} naming the platform. */
  public OciLayoutBuilder platform(Platform platform) {
    return platform(
        platform,
        Map.of("hello.txt", ("hello from " + platform + "\n").getBytes(StandardCharsets.UTF_8)));
  }

  /** Adds a platform whose layer holds these files (path → content). */
  public OciLayoutBuilder platform(Platform platform, Map<String, byte[]> files) {
    platforms.put(platform, new LinkedHashMap<>(files));
    return this;
  }

  /**
   * Writes the blobs and (re)writes {@code index.json} naming this image {@code tag}; the added
   * platforms are then forgotten so that the builder can write another image.
   */
  public OciImage write(String tag) {
    if (platforms.isEmpty()) {
      throw new IllegalStateException("add at least one platform");
    }
    try {
      Files.createDirectories(dir.resolve("blobs/sha256"));
      Files.writeString(dir.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
      List<PlatformImage> images = new ArrayList<>();
      for (Map.Entry<Platform, Map<String, byte[]>> p : platforms.entrySet()) {
        images.add(image(p.getKey(), p.getValue()));
      }
      Blob top;
      if (images.size() == 1) {
        top = images.get(0).manifest();
      } else {
        List<String> entries = new ArrayList<>();
        for (PlatformImage image : images) {
          entries.add(image.manifest().descriptor(",\"platform\":" + image.platform().json()));
        }
        String index =
            "{\"schemaVersion\":2,\"mediaType\":\""
                + INDEX
                + "\",\"manifests\":["
                + String.join(",", entries)
                + "]}";
        top = blob(INDEX, index.getBytes(StandardCharsets.UTF_8));
      }
      refs.add(
          top.descriptor(
              ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"" + tag + "\"}"));
      Files.writeString(
          dir.resolve("index.json"),
          "{\"schemaVersion\":2,\"manifests\":[" + String.join(",", refs) + "]}");
      platforms.clear();
      return new OciImage(dir, tag, top, images);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PlatformImage image(Platform platform, Map<String, byte[]> files) throws IOException {
    byte[] tar = Tar.of(files);
    Blob layer = blob(LAYER_GZIP, Tar.gzip(tar));
    String config =
        "{\"architecture\":\""
            + platform.architecture()
            + "\",\"os\":\""
            + platform.os()
            + "\""
            + (platform.variant() == null ? "" : ",\"variant\":\"" + platform.variant() + "\"")
            + ",\"created\":\"2020-01-01T00:00:00Z\",\"config\":{}"
            // the registry needs a history entry per layer to convert the image to schema 1
            + ",\"history\":[{\"created\":\"2020-01-01T00:00:00Z\",\"created_by\":\"jdxf test\"}]"
            + ",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\""
            + sha256(tar)
            + "\"]}}";
    Blob configBlob = blob(CONFIG, config.getBytes(StandardCharsets.UTF_8));
    String manifest =
        "{\"schemaVersion\":2,\"mediaType\":\""
            + MANIFEST
            + "\",\"config\":"
            + configBlob.descriptor("")
            + ",\"layers\":["
            + layer.descriptor("")
            + "]}";
    return new PlatformImage(
        platform,
        blob(MANIFEST, manifest.getBytes(StandardCharsets.UTF_8)),
        configBlob,
        List.of(layer));
  }

  private Blob blob(String mediaType, byte[] content) throws IOException {
    String digest = sha256(content);
    Files.write(dir.resolve("blobs/sha256").resolve(digest.substring("sha256:".length())), content);
    return new Blob(mediaType, digest, content.length);
  }

  /** {@code sha256:<hex>} of the bytes. */
  public static String sha256(byte[] content) {
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
