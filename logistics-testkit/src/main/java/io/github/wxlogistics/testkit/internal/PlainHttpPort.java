package io.github.wxlogistics.testkit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake server's listening port: plain HTTP only. A connection whose first bytes are a TLS
 * record header ({@code 0x16 0x03}: a handshake record, as every ClientHello starts) is closed at
 * once, so a client told {@code https://} fails its handshake in milliseconds. The JDK's
 * {@code HttpServer} behind it would wait for a request line that never comes, and the client
 * would see only its own timeout. Every other connection is relayed, byte for byte both ways, to
 * that server on another loopback port.
 */
public final class PlainHttpPort implements AutoCloseable {

    /** The content type byte of a TLS handshake record, and the major version byte of TLS 1.0 to 1.3. */
    private static final int TLS_HANDSHAKE = 0x16;
    private static final int TLS_MAJOR_VERSION = 0x03;

    private final ServerSocket listener;
    private final InetSocketAddress backend;
    private final ExecutorService threads;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tlsRefused = new AtomicInteger();

    private PlainHttpPort(ServerSocket listener, InetSocketAddress backend, ThreadFactory threadFactory) {
        this.listener = listener;
        this.backend = backend;
        this.threads = Executors.newCachedThreadPool(threadFactory);
    }

    /**
     * Listens on {@code address:port} (0 for an ephemeral port) and relays to {@code backend}.
     *
     * @param address       where to listen
     * @param port          the port, or 0
     * @param backend       the plain HTTP server to relay to
     * @param threadFactory makes the daemon threads that accept and relay
     * @return the started port
     * @throws IOException if the port cannot be bound
     */
    public static PlainHttpPort start(InetAddress address, int port, InetSocketAddress backend, ThreadFactory threadFactory)
            throws IOException {
        ServerSocket listener = new ServerSocket();
        try {
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(address, port), 128);
        } catch (IOException | RuntimeException e) {
            listener.close();
            throw e;
        }
        PlainHttpPort plain = new PlainHttpPort(listener, backend, threadFactory);
        plain.threads.execute(plain::acceptLoop);
        return plain;
    }

    /** {@return the address the port listens on} */
    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    /** {@return how many connections were closed because they opened with a TLS record} */
    public int tlsRefused() {
        return tlsRefused.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return; // closed
            }
            open.add(client);
            try {
                threads.execute(() -> serve(client));
            } catch (RejectedExecutionException e) {
                closeQuietly(client); // closing
            }
        }
    }

    private void serve(Socket client) {
        Socket server = null;
        try {
            client.setTcpNoDelay(true);
            InputStream in = client.getInputStream();
            int first = in.read();
            if (first < 0) {
                return;
            }
            int second = first == TLS_HANDSHAKE ? in.read() : -1;
            if (first == TLS_HANDSHAKE && second == TLS_MAJOR_VERSION) {
                tlsRefused.incrementAndGet();
                return; // closed below: the client's handshake fails at once
            }
            server = new Socket();
            open.add(server);
            server.setTcpNoDelay(true);
            server.connect(backend);
            OutputStream toServer = server.getOutputStream();
            toServer.write(first);
            if (second >= 0) {
                toServer.write(second);
            }
            Socket backendSocket = server;
            AtomicInteger directionsEnded = new AtomicInteger();
            threads.execute(() -> relay(backendSocket, client, directionsEnded));
            relay(client, server, directionsEnded);
        } catch (IOException | RejectedExecutionException e) {
            // the client or the server went away, or the port is closing: close both
            abort(client);
            abort(server);
        } finally {
            if (server == null) {
                closeQuietly(client);
            }
        }
    }

    /**
     * Copies {@code from} to {@code to} until {@code from} ends, then ends {@code to}'s output (the
     * peer reads the end as it was sent); the second direction to end closes both sockets.
     */
    private void relay(Socket from, Socket to, AtomicInteger directionsEnded) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
            to.shutdownOutput();
            if (directionsEnded.incrementAndGet() == 2) {
                closeQuietly(from);
                closeQuietly(to);
            }
        } catch (IOException e) {
            // a reset on one side: reset the other, so the peer sees the connection fail as it did
            abort(from);
            abort(to);
        }
    }

    /** Closes with a reset (RST) rather than an orderly close, so the peer sees a failure. */
    private void abort(Socket socket) {
        if (socket == null || socket.isClosed()) {
            return;
        }
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            // closing anyway
        }
        closeQuietly(socket);
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /** Stops listening and closes every connection at once. */
    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        threads.shutdownNow();
    }
}
