package dev.jdxf.domain.port.out;

import dev.jdxf.domain.model.StoreAddress;

/** Opens the ports of a store by its address (a registry, a local layout). */
@FunctionalInterface
public interface Stores {

  /** The backend of {@code address}; repeated calls for one address may share one backend. */
  Backend open(StoreAddress address);
}
