package dev.jdxf.cli;

import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.ProgressListener;
import java.io.PrintStream;
import java.text.DecimalFormat;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/**
 * dxf's progress bars on standard error: one per blob, labelled with the first 8 characters of the
 * digest, showing the percentage, {@code done/total} in plain bytes and the throughput. The first
 * rendering shows {@code 0%} and the last {@code 100%} and {@code total/total}, however fast the
 * transfer: both are drawn synchronously; the library's timer draws the ones in between.
 */
final class ProgressBars implements ProgressListener, AutoCloseable {
  /** Line width; a fixed width keeps the library's terminal probing (jline) out of the way. */
  private static final int WIDTH = 79;

  private static final int REFRESH_MILLIS = 200;

  private final PrintStream err;
  private @Nullable ProgressBar bar;
  private @Nullable Line line;
  private @Nullable Digest current;

  ProgressBars(PrintStream err) {
    this.err = err;
  }

  @Override
  public synchronized void progress(Digest digest, long done, long total) {
    if (bar == null || !digest.equals(current)) {
      finish();
      bar = open(digest, total);
      current = digest;
    }
    ProgressBar b = bar;
    b.maxHint(total);
    b.stepTo(done);
    if (done >= total) {
      finish();
    }
  }

  private ProgressBar open(Digest digest, long total) {
    Line l = new Line(err);
    line = l;
    ProgressBar b =
        new ProgressBarBuilder()
            .setTaskName(digest.shortLabel())
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit("", 1)
            .showSpeed(new DecimalFormat("0"))
            .setUpdateIntervalMillis(REFRESH_MILLIS)
            .setConsumer(l)
            .build();
    b.reset(); // draws the 0% state now, before any byte moves
    return b;
  }

  private void finish() {
    ProgressBar b = bar;
    Line l = line;
    if (b != null && l != null) {
      b.close(); // draws the final state
      l.close(); // the library skips this when the bar closes before its timer first ran
      bar = null;
      line = null;
      current = null;
    }
  }

  /** One bar's line on stderr: each rendering overwrites it; closing ends it, once. */
  private static final class Line implements ProgressBarConsumer {
    private final PrintStream err;
    private boolean closed;

    Line(PrintStream err) {
      this.err = err;
    }

    @Override
    public int getMaxRenderedLength() {
      return WIDTH;
    }

    @Override
    public synchronized void accept(String rendered) {
      if (!closed) {
        err.print('\r' + (rendered.length() > WIDTH ? rendered.substring(0, WIDTH) : rendered));
        err.flush();
      }
    }

    @Override
    public synchronized void close() {
      if (!closed) {
        closed = true;
        err.println();
        err.flush();
      }
    }
  }

  /** Ends a bar left open by a failed transfer. */
  @Override
  public synchronized void close() {
    finish();
  }
}
