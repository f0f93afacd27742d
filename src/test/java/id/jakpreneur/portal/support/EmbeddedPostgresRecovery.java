package id.jakpreneur.portal.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A killed dev run leaves PostgreSQL running (or at least its lock file) in the persistent data folder,
 * and the next start would fail on "lock file postmaster.pid already exists". This stops such an orphan
 * and removes a stale lock file, so the portal recovers by itself.
 */
final class EmbeddedPostgresRecovery {

	private EmbeddedPostgresRecovery() {
	}

	static void stopOrphan(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		long pid = lines.isEmpty() ? -1 : parse(lines.get(0));
		ProcessHandle.of(pid)
			.filter(p -> p.info().command().orElse("").endsWith("postgres")
					|| p.info().command().orElse("").endsWith("postgres.exe"))
			.ifPresent(p -> {
				p.destroy();
				try {
					p.onExit().get(15, TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					p.destroyForcibly();
				}
			});
		Files.deleteIfExists(pidFile);
	}

	private static long parse(String line) {
		try {
			return Long.parseLong(line.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
