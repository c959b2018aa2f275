package io.github.wxlogistics.testkit.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw-socket server on loopback that reads a request head and then misbehaves in one of a few
 * ways no well-behaved HTTP server library can be made to.
 */
final class MisbehavingServer implements AutoCloseable {

    /** How the server misbehaves once it has read a request head. */
    enum Behaviour {
        /** Never writes a byte; keeps the connection open until the client closes it. */
        NEVER_ANSWER,
        /** Writes a response head promising 1000 body bytes, writes 10, then stalls. */
        STALL_MID_BODY,
        /** Writes a response head promising 1000 body bytes, writes 10, then closes the socket. */
        DROP_MID_BODY,
        /**
         * Writes a response head promising 1000 body bytes, then one byte every 100 ms, so the
         * connection is never idle long but the body takes 100 s.
         */
        TRICKLE_BODY
    }

    private static final byte[] PARTIAL_RESPONSE = ("HTTP/1.1 200 OK\r\n"
            + "Content-Type: application/json\r\n"
            + "Content-Length: 1000\r\n"
            + "\r\n"
            + "{\"errcode\"").getBytes(StandardCharsets.US_ASCII);

    private static final int PARTIAL_BODY_LENGTH = "{\"errcode\"".length();

    private final ServerSocket serverSocket;
    private final Behaviour behaviour;
    private final ExecutorService threads;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> requestReceived = new CompletableFuture<>();
    private final CompletableFuture<Void> closedByClient = new CompletableFuture<>();
    private final AtomicInteger heads = new AtomicInteger();
    private final AtomicInteger asked = new AtomicInteger();

    private MisbehavingServer(ServerSocket serverSocket, Behaviour behaviour) {
        this.serverSocket = serverSocket;
        this.behaviour = behaviour;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "contract-misbehaving-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts a server on an ephemeral loopback port. */
    static MisbehavingServer start(Behaviour behaviour) throws IOException {
        MisbehavingServer server = new MisbehavingServer(
                new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), behaviour);
        server.threads.execute(server::acceptLoop);
        return server;
    }

    /** An absolute URI on this server for a raw path and query. */
    URI uri(String rawPathAndQuery) {
        return URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":"
                + serverSocket.getLocalPort() + rawPathAndQuery);
    }

    /** Completes when the first request head has been read. */
    CompletableFuture<Void> requestReceived() {
        return requestReceived;
    }

    /** {@return how many request heads the server has read, on all its connections} */
    int requestHeads() {
        return heads.get();
    }

    /**
     * {@return how many connections that carried a request are still open: not yet closed by the
     * client (nor by the server's own close). A connection the client opened but never sent a
     * request on, say one it pooled while the request it was for was cancelled, is not counted}
     */
    int connectionsAskedAndOpen() {
        return asked.get();
    }

    /** Completes when the client closes (or resets) a connection the server kept open. */
    CompletableFuture<Void> closedByClient() {
        return closedByClient;
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                sockets.add(socket);
                threads.execute(() -> serve(socket));
            } catch (IOException | RuntimeException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            if (!readHead(in)) {
                return;
            }
            heads.incrementAndGet();
            asked.incrementAndGet();
            try {
                misbehave(in, socket.getOutputStream());
            } finally {
                asked.decrementAndGet();
            }
        } catch (IOException e) {
            // A reset or broken pipe: the client gave up on the connection.
            closedByClient.complete(null);
        } finally {
            sockets.remove(socket);
        }
    }

    private void misbehave(InputStream in, OutputStream out) throws IOException {
        requestReceived.complete(null);
        switch (behaviour) {
            case NEVER_ANSWER -> awaitClientClose(in);
            case STALL_MID_BODY -> {
                out.write(PARTIAL_RESPONSE);
                out.flush();
                awaitClientClose(in);
            }
            case DROP_MID_BODY -> {
                out.write(PARTIAL_RESPONSE);
                out.flush();
            }
            case TRICKLE_BODY -> trickle(out);
        }
    }

    private void trickle(OutputStream out) throws IOException {
        out.write(PARTIAL_RESPONSE);
        out.flush();
        try {
            for (int i = PARTIAL_BODY_LENGTH; i < 1000; i++) {
                Thread.sleep(100);
                out.write(' ');
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is closing
        }
    }

    /** Reads up to the blank line ending the request head; false if the stream ended first. */
    private static boolean readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while ((b = in.read()) != -1) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == end.length) {
                return true;
            }
        }
        return false;
    }

    private void awaitClientClose(InputStream in) throws IOException {
        // The request bodies the suite sends here are empty, so anything read is ignored and
        // end-of-stream (or a reset, caught by the caller) means the client gave up.
        byte[] sink = new byte[1024];
        while (in.read(sink) != -1) {
            // discard
        }
        closedByClient.complete(null);
    }

    @Override
    public void close() {
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        threads.shutdownNow();
    }
}
