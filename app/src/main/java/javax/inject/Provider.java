/*
 * The JSR-330 Provider interface (javax.inject:javax.inject:1, Apache License 2.0), the same
 * signature, compiled for Java 17 and carried only by the command line's shaded jar, in place of
 * the original.
 *
 * Why: the original is compiled for Java 5, and a Java 25 AOT cache cannot keep a class of so old a
 * format once it has been linked, nor any class that implements it. Every Dagger factory does
 * (dagger.internal.Factory extends it), so without this copy the 45 factories of the command's
 * wiring are loaded from the jar and verified on every run, about 20 ms of the start-up of a small
 * command. jdxf's library jar does not contain it (maven-jar-plugin excludes it): an embedding
 * application keeps its own javax.inject.
 */
package javax.inject;

/** Provides instances of {@code T}: what a Dagger factory is. */
public interface Provider<T> {
  /** An instance of {@code T}. */
  T get();
}
