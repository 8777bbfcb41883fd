package dev.jdxf.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Store addresses are map keys: equal when they name the same store, whatever the spelling. */
class StoreAddressTest {

  @Test
  void registriesAreEqualWhenTheirHostsAreTheSameIgnoringCase() {
    StoreAddress a = StoreAddress.parse("Registry.Example.com:5000");
    StoreAddress b = new StoreAddress.Registry("registry.example.com:5000");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(1, Set.of(a).size());
    assertEquals("found", Map.of(a, "found").get(b));
  }

  @Test
  void differentHostsPortsAndKindsDiffer() {
    StoreAddress registry = StoreAddress.parse("localhost:5000");
    assertNotEquals(registry, StoreAddress.parse("localhost:5001"));
    assertNotEquals(registry, StoreAddress.parse("localhost"));
    assertNotEquals(registry, StoreAddress.parse("oci:localhost:5000"));
    assertNotEquals(StoreAddress.parse("oci:localhost:5000"), registry);
    assertNotEquals(registry, "localhost:5000");
  }

  @Test
  void layoutsAreEqualWhenTheirRootsAre() {
    StoreAddress a = StoreAddress.parse("oci:store/a");
    assertEquals(new StoreAddress.Layout(Path.of("store", "a")), a);
    assertEquals(new StoreAddress.Layout(Path.of("store/a")).hashCode(), a.hashCode());
    assertNotEquals(StoreAddress.parse("oci:store/b"), a);
  }

  @Test
  void invalidHostsAndEmptyLayoutsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> StoreAddress.parse("bad host"));
    assertThrows(IllegalArgumentException.class, () -> StoreAddress.parse("oci:"));
  }
}
