package cn.jiazheng.credit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Resident memory from /proc: the application's JVM (RSS) and its embedded PostgreSQL (the postmaster
 * whose command line names the data directory, and its children). RSS of the PostgreSQL processes counts
 * the shared buffers once per backend that touched them, so PSS (each shared page split between its
 * users) is given too: PSS adds up to what the processes really hold together.
 */
final class ProcMemory {

	private ProcMemory() {
	}

	record Figures(long javaRssKb, int postgresProcesses, long postgresRssKb, long postgresPssKb) {

		String describe() {
			return String.format("java RSS %.0f MB; postgres: %d processes, RSS %.0f MB summed, PSS %.0f MB; total (java RSS + postgres PSS) %.0f MB",
					javaRssKb / 1024.0, postgresProcesses, postgresRssKb / 1024.0, postgresPssKb / 1024.0,
					(javaRssKb + postgresPssKb) / 1024.0);
		}
	}

	static Figures of(long javaPid, String dataDir) {
		List<Long> postgres = new ArrayList<>();
		Optional<Long> postmaster = pids().filter(pid -> {
			// The executable itself, not any process that names the directory (the bench driver does, too).
			String[] words = cmdline(pid).split(" ");
			return (words[0].endsWith("/postgres") || words[0].equals("postgres")) && Arrays.asList(words).contains(dataDir);
		}).findFirst();
		postmaster.ifPresent(pm -> {
			postgres.add(pm);
			pids().filter(pid -> parent(pid) == pm).forEach(postgres::add);
		});
		long rss = 0;
		long pss = 0;
		for (long pid : postgres) {
			rss += kb(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
			pss += kb(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
		}
		return new Figures(kb(Path.of("/proc", Long.toString(javaPid), "status"), "VmRSS:"), postgres.size(), rss, pss);
	}

	static Stream<Long> pids() {
		try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
			return entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
				.map(Long::parseLong).toList().stream();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String cmdline(long pid) {
		try {
			return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"))).replace('\0', ' ');
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static long parent(long pid) {
		return kb(Path.of("/proc", Long.toString(pid), "status"), "PPid:");
	}

	/** The first number on the line that starts with {@code key}, 0 when the process has gone. */
	private static long kb(Path file, String key) {
		try {
			for (String line : Files.readAllLines(file)) {
				if (line.startsWith(key)) {
					return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
		return 0;
	}

	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return "?";
		}
	}
}
