package dev.jdxf.fs.archfixture;

/** Architecture-test fixture: an "fs adapter" class. */
public final class FsThing {
  private FsThing() {}

  public static FsThing create() {
    return new FsThing();
  }
}
