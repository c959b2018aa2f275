package io.github.wxlogistics.testkit.contract;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw-socket server on loopback for the faults no HTTP server library produces: it resets the
 * connection (RST) after a request's head, before reading its body; or, like a plain-HTTP server
 * such as nginx that receives a TLS ClientHello, it answers {@code 400} to the first bytes at once.
 */
final class RawFaultServer implements AutoCloseable {

    /** What the server does with a connection. */
    enum Behaviour {
        /** Reads the request head, then resets the connection before reading the body. */
        RESET_AFTER_HEAD,
        /** Answers the first bytes with a plain-text {@code HTTP/1.1 400} and closes. */
        PLAIN_HTTP_400
    }

    private static final byte[] BAD_REQUEST = ("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final ServerSocket serverSocket;
    private final Behaviour behaviour;
    private final ExecutorService threads;
    private final AtomicInteger heads = new AtomicInteger();

    private RawFaultServer(ServerSocket serverSocket, Behaviour behaviour) {
        this.serverSocket = serverSocket;
        this.behaviour = behaviour;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "contract-raw-fault-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the server on an ephemeral loopback port. */
    static RawFaultServer start(Behaviour behaviour) throws IOException {
        RawFaultServer server = new RawFaultServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), behaviour);
        server.threads.execute(server::acceptLoop);
        return server;
    }

    /** The base URI of this server. */
    URI baseUri() {
        return URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + serverSocket.getLocalPort());
    }

    /** How many request heads were read (each then reset); 0 for {@link Behaviour#PLAIN_HTTP_400}. */
    int requestHeads() {
        return heads.get();
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                threads.execute(() -> {
                    if (behaviour == Behaviour.RESET_AFTER_HEAD) {
                        resetAfterHead(socket);
                    } else {
                        answer400(socket);
                    }
                });
            } catch (IOException e) {
                return;   // closed
            }
        }
    }

    private void resetAfterHead(Socket socket) {
        try (socket) {
            socket.setSoTimeout(5_000);
            InputStream in = socket.getInputStream();
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            for (int b = in.read(); b >= 0; b = in.read()) {
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
                if (matched == end.length) {
                    heads.incrementAndGet();
                    socket.setSoLinger(true, 0);   // close() now sends RST instead of FIN
                    return;
                }
            }
        } catch (SocketException e) {
            // the client went away first
        } catch (IOException e) {
            // nothing to report: the client sees the reset
        }
    }

    private static void answer400(Socket socket) {
        try (socket) {
            socket.setSoTimeout(5_000);
            if (socket.getInputStream().read() >= 0) {
                socket.getOutputStream().write(BAD_REQUEST);
                socket.getOutputStream().flush();
            }
        } catch (IOException e) {
            // the client went away first
        }
    }

    @Override
    public void close() {
        try {
            serverSocket.close();
        } catch (IOException e) {
            // already closed
        }
        threads.shutdownNow();
    }
}
