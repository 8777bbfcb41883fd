package dev.jdxf.archfixture;

import dev.jdxf.fs.archfixture.FsThing;
import dev.jdxf.http.archfixture.HttpThing;

/** Architecture-test fixture: wiring outside {@code dev.jdxf.app} that combines two adapters. */
public final class TwoAdapterUser {
  private TwoAdapterUser() {}

  public static Object[] both() {
    return new Object[] {HttpThing.reachIntoFs(), FsThing.create()};
  }
}
