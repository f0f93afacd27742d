package id.jakpreneur.portal.assessment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's threads and of the PostgreSQL processes, grouped by what they do, read from Linux's
 * {@code /proc} (clock ticks of 10 ms): where a benchmark's CPU went, compiler and collector threads and exited
 * autovacuum workers included, which a Java profiler does not show. Empty where there is no {@code /proc}.
 */
final class CpuByThread {

	private CpuByThread() {
	}

	/** Ticks used so far, by group: {@code jvm <thread name without digits>} or {@code pg <process title>}. */
	static Map<String, Long> snapshot() {
		Map<String, Long> ticks = new HashMap<>();
		Path self = Path.of("/proc/self/task");
		if (!Files.isDirectory(self)) {
			return ticks;
		}
		try (Stream<Path> threads = Files.list(self)) {
			threads.forEach(thread -> {
				String name = read(thread.resolve("comm")).strip().replaceAll("[0-9]+", "#");
				ticks.merge("jvm " + name, used(read(thread.resolve("stat")), false), Long::sum);
			});
		}
		catch (IOException ex) {
			return ticks;
		}
		ProcessHandle.allProcesses()
			.filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
			.forEach(p -> {
				Path proc = Path.of("/proc", Long.toString(p.pid()));
				String title = read(proc.resolve("cmdline")).replace('\0', ' ').strip();
				boolean postmaster = !title.startsWith("postgres:");
				String group = postmaster ? "postmaster and exited children (autovacuum workers)"
						: title.matches("postgres: \\S+ \\S+ \\S+\\(\\d+\\).*") ? "backend " + p.pid() : title;
				ticks.merge("pg " + group, used(read(proc.resolve("stat")), postmaster), Long::sum);
			});
		return ticks;
	}

	/** What each group used between two snapshots, largest first, as lines of seconds. */
	static String difference(Map<String, Long> before, Map<String, Long> after) {
		StringBuilder lines = new StringBuilder();
		after.entrySet()
			.stream()
			.map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
			.filter(e -> e.getValue() > 10)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach(e -> lines.append("%7.1f s  %s%n".formatted(e.getValue() / 100.0, e.getKey())));
		return lines.toString();
	}

	/** utime + stime, and the reaped children's cutime + cstime when asked (fields 14 to 17 of /proc/.../stat). */
	private static long used(String stat, boolean children) {
		if (stat.isEmpty()) {
			return 0;
		}
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		return children ? used + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : used;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException | RuntimeException ex) {
			return "";
		}
	}

}
