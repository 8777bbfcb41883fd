package dev.jdxf.app.cli;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.NetUtil;
import java.nio.charset.StandardCharsets;

/**
 * The first-use work of Netty's HTTP client code, done on a second thread while the main thread
 * starts Vert.x, so that the event loop finds it done when it sends a command's first request: one
 * HEAD request encoded and its response decoded by Netty's HTTP codec in an {@link EmbeddedChannel}
 * (no socket, no thread of its own). That initialises the codec, the channel pipeline, the buffer
 * allocator, and the annotation proxy classes that Netty's first look at a handler's methods makes
 * the JDK generate ({@code ChannelHandlerMask}); and Netty's network utilities (the interfaces'
 * addresses). On the event loop, that was some 30 ms of a {@code blob-size} run's 60 ms request.
 * Started only after {@link StderrLogs#install}: a Netty class takes its logger as it is
 * initialised.
 */
final class NettyWarmUp implements Runnable {
  static final String THREAD = "jdxf-netty-warm-up";

  private NettyWarmUp() {}

  /** Starts the warm-up on a daemon thread of its own. */
  static void start() {
    WarmUps.start(THREAD, new NettyWarmUp());
  }

  @Override
  public void run() {
    try {
      NetUtil.LOCALHOST.getAddress();
      EmbeddedChannel channel = new EmbeddedChannel(new HttpClientCodec());
      channel.writeOutbound(
          new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.HEAD, "/v2/"));
      channel.writeInbound(
          Unpooled.copiedBuffer(
              "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", StandardCharsets.US_ASCII));
      channel.finishAndReleaseAll();
    } catch (RuntimeException e) {
      // only a warm-up: the command's own request does the same work and reports what fails
    }
  }
}
