package dev.jdxf.domain.port.in;

import java.util.concurrent.CompletionStage;

/** dxf {@code api_version_check}: the API version the store speaks. */
public interface CheckApiUseCase {
  CompletionStage<String> apiVersion();
}
