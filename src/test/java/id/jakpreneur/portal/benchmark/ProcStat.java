package id.jakpreneur.portal.benchmark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time of a Linux process from /proc/&lt;pid&gt;/stat, in clock ticks (USER_HZ, 100 a second on Linux): utime + stime
 * (all its threads), and with {@code withReaped} also cutime + cstime (children it has waited for: a PostgreSQL backend
 * that ended during the measurement still counts, through the postmaster).
 */
final class ProcStat {

	/** USER_HZ: the unit of the times in /proc/&lt;pid&gt;/stat; 100 on every Linux architecture the build runs on. */
	static final double TICKS_PER_SECOND = 100.0;

	private ProcStat() {
	}

	static long ticks(long pid, boolean withReaped) {
		String[] fields = fields(pid);
		if (fields == null) {
			return 0; // the process has ended between listing and reading
		}
		long ticks = cpu(fields);
		return withReaped ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
	}

	/**
	 * Ticks of the process's threads whose name starts with {@code prefix} (from /proc/&lt;pid&gt;/task/*: the JVM names
	 * its JIT compiler threads "C1 CompilerThre..." and "C2 CompilerThre...").
	 */
	static long threadTicks(long pid, String... prefixes) {
		long ticks = 0;
		try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "task"))) {
			for (Path task : tasks) {
				String stat = read(task.resolve("stat"));
				if (stat == null) {
					continue; // the thread has ended
				}
				String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
				if (java.util.Arrays.stream(prefixes).anyMatch(name::startsWith)) {
					ticks += cpu(fieldsOf(stat));
				}
			}
		}
		catch (IOException ex) {
			return 0; // the process has ended
		}
		return ticks;
	}

	/** The live processes whose parent is {@code pid}. */
	static List<Long> children(long pid) {
		List<Long> children = new ArrayList<>();
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path process : processes) {
				long child = Long.parseLong(process.getFileName().toString());
				String[] fields = fields(child);
				if (fields != null && Long.parseLong(fields[1]) == pid) {
					children.add(child);
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot list /proc", ex);
		}
		return children;
	}

	/** The fields after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime. */
	private static String[] fields(long pid) {
		String stat = read(Path.of("/proc", String.valueOf(pid), "stat"));
		return stat == null ? null : fieldsOf(stat);
	}

	private static String[] fieldsOf(String stat) {
		return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
	}

	/** utime + stime. */
	private static long cpu(String[] fields) {
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	/** A stat file's text, or null when its process or thread has ended. */
	private static String read(Path stat) {
		try {
			return Files.readString(stat);
		}
		catch (IOException ex) {
			return null;
		}
	}

}
