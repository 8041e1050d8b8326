package dev.newsgraph.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the service and its database, so that a test can take the database away (every
 * connection reset, new ones refused) and give it back, as a crash or a network failure would, without
 * stopping the server the other tests share.
 */
public final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;

    public TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = s.getLocalPort();
        listen(s);
    }

    public int port() {
        return port;
    }

    /**
     * Opens a control port that takes the lines {@code cut} and {@code restore} (answered {@code ok}), so that a
     * test loaded by another class loader than the one that started the proxy can still drive it.
     */
    public int control() throws IOException {
        ServerSocket control = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!control.isClosed()) {
                try (Socket c = control.accept();
                     java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(c.getInputStream()));
                     java.io.PrintWriter out = new java.io.PrintWriter(c.getOutputStream(), true)) {
                    String command = in.readLine();
                    if ("cut".equals(command)) {
                        cut();
                    } else if ("restore".equals(command)) {
                        restore();
                    }
                    out.println("ok");
                } catch (IOException e) {
                    // next command
                }
            }
        }, "tcp-proxy-control-" + port);
        t.setDaemon(true);
        t.start();
        return control.getLocalPort();
    }

    /** Sends a command to a proxy's control port. */
    public static void command(int controlPort, String command) throws IOException {
        try (Socket c = new Socket(InetAddress.getLoopbackAddress(), controlPort);
             java.io.PrintWriter out = new java.io.PrintWriter(c.getOutputStream(), true);
             java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(c.getInputStream()))) {
            out.println(command);
            in.readLine();
        }
    }

    /** The database goes away: open connections are reset and new ones refused. */
    public synchronized void cut() throws IOException {
        ServerSocket s = server;
        server = null;
        if (s != null) {
            s.close();
        }
        for (Socket socket : sockets) {
            try {
                socket.setSoLinger(true, 0); // reset, as a crashed server's host would
                socket.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
        sockets.clear();
    }

    /** The database is back on the same address. */
    public synchronized void restore() throws IOException {
        if (server == null) {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            listen(s);
        }
    }

    private void listen(ServerSocket s) {
        server = s;
        Thread acceptor = new Thread(() -> {
            while (!s.isClosed()) {
                try {
                    Socket client = s.accept();
                    Socket upstream = new Socket(targetHost, targetPort);
                    sockets.add(client);
                    sockets.add(upstream);
                    pipe(client, upstream);
                    pipe(upstream, client);
                } catch (IOException e) {
                    // closed by cut(), or the target refused: drop this connection
                }
            }
        }, "tcp-proxy-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    private void closeQuietly(Socket s) {
        sockets.remove(s);
        try {
            s.close();
        } catch (IOException ignored) {
            // gone
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
