package dev.jdxf.domain.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

class SmallContentTest {
  @Test
  void chunksAndCollects() {
    byte[] data = new byte[10];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) i;
    }
    RecordingSubscriber sub = new RecordingSubscriber();
    SmallContent.publisherOf(data, 4).subscribe(sub);
    sub.request(Long.MAX_VALUE);
    assertEquals(List.of("subscribe", "next 4", "next 4", "next 2", "complete"), sub.signals);
    assertArrayEquals(data, sub.bytes.toByteArray());
  }

  @Test
  void emptyContentCompletesWithoutDemand() {
    RecordingSubscriber sub = new RecordingSubscriber();
    SmallContent.publisherOf(new byte[0]).subscribe(sub);
    assertEquals(List.of("subscribe", "complete"), sub.signals);
  }

  @Test
  void buffersAreCopiesTheSubscriberOwns() {
    ByteBuffer original = ByteBuffer.wrap(new byte[] {1, 2, 3});
    Flow.Publisher<ByteBuffer> p = SmallContent.publisherOf(List.of(original, original));
    byte[] out = SmallContent.collect(p, 100).toCompletableFuture().join();
    assertArrayEquals(new byte[] {1, 2, 3, 1, 2, 3}, out);
    assertEquals(0, original.position());
  }

  @Test
  void reentrantRequestsDoNotRecurse() {
    byte[] data = new byte[200_000];
    int[] depth = {0};
    int[] maxDepth = {0};
    int[] count = {0};
    SmallContent.publisherOf(data, 1)
        .subscribe(
            new Flow.Subscriber<>() {
              Flow.@org.jspecify.annotations.Nullable Subscription s;

              @Override
              public void onSubscribe(Flow.Subscription subscription) {
                s = subscription;
                subscription.request(1);
              }

              @Override
              public void onNext(ByteBuffer item) {
                depth[0]++;
                maxDepth[0] = Math.max(maxDepth[0], depth[0]);
                count[0]++;
                if (s != null) {
                  s.request(1);
                }
                depth[0]--;
              }

              @Override
              public void onError(Throwable throwable) {}

              @Override
              public void onComplete() {}
            });
    assertEquals(200_000, count[0]);
    assertEquals(1, maxDepth[0]);
  }

  @Test
  void nonPositiveRequestsAreAnError() {
    RecordingSubscriber sub = new RecordingSubscriber();
    SmallContent.publisherOf(new byte[] {1}).subscribe(sub);
    sub.request(0);
    assertEquals(List.of("subscribe", "error IllegalArgumentException"), sub.signals);
    sub.request(1);
    assertEquals(1, sub.terminals());
  }

  @Test
  void collectRefusesMoreThanTheLimit() {
    CompletionException e =
        assertThrows(
            CompletionException.class,
            () ->
                SmallContent.collect(SmallContent.publisherOf(new byte[11], 3), 10)
                    .toCompletableFuture()
                    .join());
    assertInstanceOf(IllegalStateException.class, e.getCause());
  }
}
