package dev.jdxf.domain.stream;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/** Records every signal it gets; requests only what the test asks for. */
final class RecordingSubscriber implements Flow.Subscriber<ByteBuffer> {
  final List<String> signals = new CopyOnWriteArrayList<>();
  final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  Flow.@Nullable Subscription subscription;
  @Nullable Throwable error;

  void request(long n) {
    if (subscription != null) {
      subscription.request(n);
    }
  }

  void cancel() {
    if (subscription != null) {
      subscription.cancel();
    }
  }

  long terminals() {
    return signals.stream().filter(s -> s.equals("complete") || s.startsWith("error")).count();
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    signals.add("subscribe");
  }

  @Override
  public void onNext(ByteBuffer item) {
    signals.add("next " + item.remaining());
    byte[] b = new byte[item.remaining()];
    item.get(b);
    bytes.write(b, 0, b.length);
  }

  @Override
  public void onError(Throwable throwable) {
    error = throwable;
    signals.add("error " + throwable.getClass().getSimpleName());
  }

  @Override
  public void onComplete() {
    signals.add("complete");
  }
}
