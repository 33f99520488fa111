package org.resetdesk.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.local.LocalServerChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The commands written to a Redis connection in one cycle of its event loop leave in one flush (on a real event loop
 * and an in-process channel, as Lettuce's callers hand their writes to the connection's loop).
 */
class ConsolidatedFlushesTest {

    private final DefaultEventLoopGroup loops = new DefaultEventLoopGroup(2);
    private final List<Object> received = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void threeCommandsWrittenInOneCycle_leaveInOneFlush() throws Exception {
        AtomicInteger flushes = new AtomicInteger();
        Channel connection = connect("consolidated", flushes, true);

        writeThreeInOneCycle(connection);

        assertThat(received).containsExactly("EVALSHA 1", "EVALSHA 2", "EVALSHA 3");
        assertThat(flushes).hasValue(1);
    }

    @Test
    void withoutIt_eachCommandIsFlushedOnItsOwn() throws Exception {
        AtomicInteger flushes = new AtomicInteger();
        Channel connection = connect("plain", flushes, false);

        writeThreeInOneCycle(connection);

        assertThat(received).containsExactly("EVALSHA 1", "EVALSHA 2", "EVALSHA 3");
        assertThat(flushes).hasValue(3);
    }

    /** Three writes run by the connection's event loop in one task, then waits until all arrived. */
    private void writeThreeInOneCycle(Channel connection) throws InterruptedException {
        connection.eventLoop().execute(() -> {
            connection.writeAndFlush("EVALSHA 1");
            connection.writeAndFlush("EVALSHA 2");
            connection.writeAndFlush("EVALSHA 3");
        });
        for (int wait = 0; wait < 500 && received.size() < 3; wait++) {
            Thread.sleep(10);
        }
    }

    /** A client channel to an in-process server that keeps what it receives, counting the flushes that leave it. */
    private Channel connect(String name, AtomicInteger flushes, boolean consolidated) throws InterruptedException {
        LocalAddress address = new LocalAddress("redis-" + name);
        new ServerBootstrap().group(loops).channel(LocalServerChannel.class)
                .childHandler(new ChannelInboundHandlerAdapter() {
                    @Override
                    public void channelRead(ChannelHandlerContext context, Object message) {
                        received.add(message);
                    }
                }).bind(address).sync();
        return new Bootstrap().group(loops).channel(LocalChannel.class).handler(new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel channel) {
                if (consolidated) {
                    new ConsolidatedFlushes().afterChannelInitialized(channel);
                }
                // nearest the transport: counts the flushes that leave the consolidation
                channel.pipeline().addFirst(new ChannelOutboundHandlerAdapter() {
                    @Override
                    public void flush(ChannelHandlerContext context) {
                        flushes.incrementAndGet();
                        context.flush();
                    }
                });
            }
        }).connect(address).sync().channel();
    }
}
