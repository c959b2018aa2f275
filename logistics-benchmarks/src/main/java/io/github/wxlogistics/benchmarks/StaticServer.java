package io.github.wxlogistics.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * A fast static HTTP/1.1 server for the loopback harness, meant to run in its own JVM: one
 * selector thread, keep-alive, canned replies computed once. It answers
 * {@code /cgi-bin/stable_token} and {@code /cgi-bin/token} with a token valid for two hours,
 * {@code /cgi-bin/express/business/path/get} with the seed getPath reply, and {@code /__stats}
 * with its process CPU time in nanoseconds and the number of requests served, so the harness can
 * show the server is not the bottleneck. Anything else gets 404. It binds 127.0.0.1 only, prints
 * {@code PORT <n>} on standard output, and exits when standard input closes, so it never outlives
 * the harness.
 */
public final class StaticServer {

    /** The token the server hands out. */
    public static final String TOKEN = "BENCH_TOKEN_0123456789";

    private static final byte[] TOKEN_REPLY = ("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":7200}")
            .getBytes(StandardCharsets.UTF_8);

    private final ServerSocketChannel server;
    private final Selector selector;
    private final byte[] tokenResponse;
    private final byte[] pathResponse;
    private final byte[] notFound;
    private long served;

    private StaticServer(ServerSocketChannel server, Selector selector) {
        this.server = server;
        this.selector = selector;
        this.tokenResponse = response(200, TOKEN_REPLY);
        this.pathResponse = response(200, Seeds.getPathReply());
        this.notFound = response(404, "{}".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Runs the server until standard input closes.
     *
     * @param args ignored
     * @throws IOException if the server cannot bind
     */
    public static void main(String[] args) throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open();
        channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        channel.configureBlocking(false);
        Selector selector = Selector.open();
        channel.register(selector, SelectionKey.OP_ACCEPT);
        StaticServer server = new StaticServer(channel, selector);
        Thread watchdog = new Thread(StaticServer::exitWhenStdinCloses, "stdin-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        System.out.println("PORT " + ((InetSocketAddress) channel.getLocalAddress()).getPort());
        System.out.flush();
        server.loop();
    }

    private static void exitWhenStdinCloses() {
        try {
            InputStream in = System.in;
            while (in.read() >= 0) {
                // wait for end of input
            }
        } catch (IOException e) {
            // the harness went away
        }
        System.exit(0);
    }

    private void loop() throws IOException {
        while (true) {
            selector.select();
            Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
            while (keys.hasNext()) {
                SelectionKey key = keys.next();
                keys.remove();
                try {
                    if (key.isAcceptable()) {
                        accept();
                    } else if (key.isReadable()) {
                        read(key);
                    } else if (key.isWritable()) {
                        write(key);
                    }
                } catch (IOException | RuntimeException e) {
                    key.cancel();
                    key.channel().close();
                }
            }
        }
    }

    private void accept() throws IOException {
        SocketChannel client;
        while ((client = server.accept()) != null) {
            client.configureBlocking(false);
            client.socket().setTcpNoDelay(true);
            client.register(selector, SelectionKey.OP_READ, new Connection());
        }
    }

    private void read(SelectionKey key) throws IOException {
        Connection connection = (Connection) key.attachment();
        SocketChannel channel = (SocketChannel) key.channel();
        int read = channel.read(connection.in);
        if (read < 0) {
            key.cancel();
            channel.close();
            return;
        }
        // Answer every complete request in the buffer (clients do not pipeline, but cost nothing to allow).
        while (true) {
            byte[] reply = nextReply(connection.in);
            if (reply == null) {
                break;
            }
            connection.queue(reply);
        }
        write(key);
    }

    private void write(SelectionKey key) throws IOException {
        Connection connection = (Connection) key.attachment();
        SocketChannel channel = (SocketChannel) key.channel();
        if (connection.out != null) {
            channel.write(connection.out);
            if (connection.out.hasRemaining()) {
                key.interestOps(SelectionKey.OP_WRITE);
                return;
            }
            connection.out = null;
        }
        key.interestOps(SelectionKey.OP_READ);
    }

    /** The reply to the first complete request in {@code in}, consuming it; null if none is complete. */
    private byte[] nextReply(ByteBuffer in) {
        int end = indexOf(in, 0, in.position());
        if (end < 0) {
            if (!in.hasRemaining()) {
                throw new IllegalStateException("request head too large");
            }
            return null;
        }
        String head = new String(in.array(), 0, end, StandardCharsets.ISO_8859_1);
        int bodyLength = contentLength(head);
        int total = end + 4 + bodyLength;
        if (in.position() < total) {
            return null;
        }
        String target = head.substring(head.indexOf(' ') + 1, head.indexOf(' ', head.indexOf(' ') + 1));
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        // Consume the request.
        int remaining = in.position() - total;
        System.arraycopy(in.array(), total, in.array(), 0, remaining);
        in.position(remaining);
        served++;
        switch (path) {
            case "/cgi-bin/stable_token", "/cgi-bin/token" -> {
                return tokenResponse;
            }
            case "/cgi-bin/express/business/path/get" -> {
                return pathResponse;
            }
            case "/__stats" -> {
                long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime();
                return response(200, (cpu + " " + served).getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                return notFound;
            }
        }
    }

    private static int indexOf(ByteBuffer in, int from, int to) {
        byte[] a = in.array();
        for (int i = from; i + 3 < to; i++) {
            if (a[i] == '\r' && a[i + 1] == '\n' && a[i + 2] == '\r' && a[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int contentLength(String head) {
        int at = 0;
        while (true) {
            int line = head.indexOf("\r\n", at);
            if (line < 0) {
                return 0;
            }
            int next = head.indexOf("\r\n", line + 2);
            String header = head.substring(line + 2, next < 0 ? head.length() : next);
            if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
                return Integer.parseInt(header.substring(15).trim());
            }
            at = line + 2;
        }
    }

    private static byte[] response(int status, byte[] body) {
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\n"
                + "Content-Type: application/json; charset=UTF-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: keep-alive\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    /** One client connection: what it sent that is not answered yet, and what is left to write. */
    private static final class Connection {
        final ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        ByteBuffer out;

        void queue(byte[] reply) {
            if (out == null) {
                out = ByteBuffer.wrap(reply);
            } else {
                ByteBuffer joined = ByteBuffer.allocate(out.remaining() + reply.length);
                joined.put(out).put(reply).flip();
                out = joined;
            }
        }
    }
}
