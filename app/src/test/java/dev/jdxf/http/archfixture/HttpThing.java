package dev.jdxf.http.archfixture;

import dev.jdxf.fs.archfixture.FsThing;

/** Architecture-test fixture: an "http adapter" class that reaches into the fs adapter. */
public final class HttpThing {
  private HttpThing() {}

  public static Object reachIntoFs() {
    return FsThing.create();
  }
}
