package dev.jdxf.domain.port.out;

import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import java.util.concurrent.CompletionStage;

/** Store-wide questions: which repositories exist, which API the store speaks. */
public interface Catalog {

  /** One page of repository names. */
  CompletionStage<Page> listRepositories(PageRequest page);

  /** The API version the store speaks (e.g. {@code registry/2.0}); fails when it speaks none. */
  CompletionStage<String> apiVersion();
}
