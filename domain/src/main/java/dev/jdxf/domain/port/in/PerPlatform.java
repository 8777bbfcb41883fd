package dev.jdxf.domain.port.in;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A result for one manifest, or one result per platform of a multi-platform alias (keyed by the dxf
 * platform name {@code os/arch[/variant]}, sorted), as dxf prints them.
 */
public sealed interface PerPlatform<T> {

  /** The result for an image manifest, or for the one platform asked for. */
  record Single<T>(T value) implements PerPlatform<T> {
    public Single {
      Objects.requireNonNull(value, "value");
    }
  }

  /** One result per platform of an index, sorted by platform name. */
  record ByPlatform<T>(SortedMap<String, T> values) implements PerPlatform<T> {
    public ByPlatform {
      values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }
  }

  static <T> PerPlatform<T> single(T value) {
    return new Single<>(value);
  }

  /** Applies {@code f} to the single value or to each platform's value. */
  default <R> PerPlatform<R> map(Function<? super T, ? extends R> f) {
    if (this instanceof Single<T> s) {
      return new Single<>(f.apply(s.value()));
    }
    SortedMap<String, R> out = new TreeMap<>();
    ((ByPlatform<T>) this).values().forEach((k, v) -> out.put(k, f.apply(v)));
    return new ByPlatform<>(out);
  }
}
