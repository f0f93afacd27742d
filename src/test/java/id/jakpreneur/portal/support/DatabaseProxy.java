package id.jakpreneur.portal.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy between a portal under test and the test PostgreSQL, to break the database without stopping it (the
 * other tests share it): {@link #cut()} closes every connection and refuses new ones, {@link #freeze()} keeps the
 * sockets open but forwards nothing (a hung server or a silent network), {@link #restore()} forwards again. Plain
 * sockets, two threads per connection.
 */
public final class DatabaseProxy implements AutoCloseable {

	private enum Mode {
		FORWARD, FROZEN, CUT
	}

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private final Object lock = new Object();

	private volatile Mode mode = Mode.FORWARD;

	private volatile ServerSocket server;

	private volatile boolean closed;

	public DatabaseProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		this.server = listen(0);
		this.port = server.getLocalPort();
		startAccepting(server);
	}

	/** The JDBC URL of the target with host and port replaced by the proxy's. */
	public static String through(String jdbcUrl, int proxyPort) {
		return jdbcUrl.replaceFirst("^jdbc:postgresql://[^/]+/", "jdbc:postgresql://127.0.0.1:" + proxyPort + "/");
	}

	public int port() {
		return port;
	}

	/** Closes every connection and refuses new ones (the listening socket is closed). */
	public void cut() throws IOException {
		synchronized (lock) {
			mode = Mode.CUT;
			server.close();
			closeAll();
			lock.notifyAll();
		}
	}

	/** Keeps every socket open and accepts new ones, but forwards nothing in either direction. */
	public void freeze() {
		synchronized (lock) {
			mode = Mode.FROZEN;
		}
	}

	/** Forwards again. Connections accepted while frozen were never connected: they are closed. */
	public void restore() throws IOException {
		synchronized (lock) {
			if (mode == Mode.CUT) {
				server = listen(port);
				startAccepting(server);
			}
			else if (mode == Mode.FROZEN) {
				closeAll();
			}
			mode = Mode.FORWARD;
			lock.notifyAll();
		}
	}

	@Override
	public void close() throws IOException {
		closed = true;
		synchronized (lock) {
			server.close();
			closeAll();
			lock.notifyAll();
		}
	}

	private static ServerSocket listen(int port) throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		return socket;
	}

	private void startAccepting(ServerSocket listening) {
		Thread acceptor = new Thread(() -> {
			while (!listening.isClosed()) {
				try {
					Socket client = listening.accept();
					sockets.add(client);
					if (mode == Mode.FORWARD) {
						connect(client);
					}
					// frozen: the client waits for an answer that never comes
				}
				catch (IOException ex) {
					// the listening socket was closed (cut or close)
				}
			}
		}, "db-proxy-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	private void connect(Socket client) throws IOException {
		Socket upstream;
		try {
			upstream = new Socket(targetHost, targetPort);
		}
		catch (IOException ex) {
			client.close();
			return;
		}
		sockets.add(upstream);
		pump(client, upstream);
		pump(upstream, client);
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int n;
				while ((n = in.read(buffer)) >= 0) {
					synchronized (lock) {
						while (mode == Mode.FROZEN && !closed && !from.isClosed()) {
							lock.wait();
						}
					}
					out.write(buffer, 0, n);
					out.flush();
				}
			}
			catch (IOException | InterruptedException ex) {
				// one side closed: close both
			}
			finally {
				quietly(from);
				quietly(to);
			}
		}, "db-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private void closeAll() {
		sockets.forEach(DatabaseProxy::quietly);
		sockets.clear();
	}

	private static void quietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

}
