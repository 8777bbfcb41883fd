package dev.jdxf.cli;

import dev.jdxf.domain.port.in.PerPlatform;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Prints a result the dxf way: a single manifest's result as the command prints it, a
 * multi-platform alias's results as one line of JSON keyed by platform, keys sorted.
 */
final class Results {
  private Results() {}

  static <T> void print(
      Output out, PerPlatform<T> result, Consumer<T> single, Function<T, String> asJson) {
    if (result instanceof PerPlatform.Single) {
      single.accept(((PerPlatform.Single<T>) result).value());
      return;
    }
    SortedMap<String, String> json = new TreeMap<>();
    ((PerPlatform.ByPlatform<T>) result).values().forEach((k, v) -> json.put(k, asJson.apply(v)));
    out.println(PyJson.object(json));
  }
}
