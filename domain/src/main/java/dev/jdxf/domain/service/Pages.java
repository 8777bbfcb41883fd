package dev.jdxf.domain.service;

import dev.jdxf.domain.error.TransportException;
import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Follows a listing's pages to the end, with a hard limit on their number so a store that keeps
 * answering "next" cannot loop forever. Iterative: stages that complete at once do not deepen the
 * stack.
 */
final class Pages {
  /** At most this many pages are fetched for one listing. */
  static final int MAX_PAGES = 10_000;

  private Pages() {}

  static CompletionStage<List<String>> collectAll(
      Function<PageRequest, CompletionStage<Page>> fetch, int pageSize, String what) {
    return new Collector(fetch, what).start(PageRequest.first(pageSize));
  }

  private static final class Collector {
    private final Function<PageRequest, CompletionStage<Page>> fetch;
    private final String what;
    private final List<String> items = new ArrayList<>();
    private final CompletableFuture<List<String>> result = new CompletableFuture<>();
    private final AtomicInteger wip = new AtomicInteger();
    private volatile PageRequest request = PageRequest.first(0);
    private int pages;

    Collector(Function<PageRequest, CompletionStage<Page>> fetch, String what) {
      this.fetch = fetch;
      this.what = what;
    }

    CompletionStage<List<String>> start(PageRequest first) {
      request = first;
      next();
      return result;
    }

    private void next() {
      if (wip.getAndIncrement() != 0) {
        return;
      }
      do {
        if (!result.isDone()) {
          Stages.call(() -> fetch.apply(request)).whenComplete(this::onPage);
        }
      } while (wip.decrementAndGet() != 0);
    }

    private void onPage(@Nullable Page page, @Nullable Throwable error) {
      if (error != null || page == null) {
        result.completeExceptionally(
            error != null ? error : new IllegalStateException(what + ": no page"));
        return;
      }
      items.addAll(page.items());
      pages++;
      if (page.next().isEmpty()) {
        result.complete(List.copyOf(items));
      } else if (pages >= MAX_PAGES) {
        result.completeExceptionally(
            new TransportException(
                what + ": stopped after " + MAX_PAGES + " pages; the store keeps sending more"));
      } else {
        request = request.after(page.next().get());
        next();
      }
    }
  }
}
