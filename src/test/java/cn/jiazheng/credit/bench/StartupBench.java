package cn.jiazheng.credit.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.region.RegionCode;

/**
 * Issue 5, item 5: time from the README's run command ({@code ./mvnw spring-boot:run}) to the first page
 * with demo data, and resident memory after the start and after HTTP load. The first page with demo data
 * is the public lookup of the demo enterprise 西安安心家政服务有限公司 (its code is drawn as the demo seeds
 * it): it answers 200 only once the data are there, unlike /login. Each round starts once on an empty data
 * directory (the demo seeds its province) and once more on the data the first left (a restart).
 */
public final class StartupBench {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();

	record Start(String kind, double loginSeconds, double dataSeconds, double readySeconds, ProcMemory.Figures afterStart, ProcMemory.Figures afterLoad,
			long requests) {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
		int loadSeconds = Integer.parseInt(options.getOrDefault("load-seconds", "20"));
		Path data = Path.of(options.getOrDefault("data", "target/bench-startup/pgdata")).toAbsolutePath();
		String demoCode = CreditCode.generate(RegionCode.of("610113"), new SplittableRandom(20261)).value();
		List<Start> starts = new ArrayList<>();
		for (int round = 1; round <= rounds; round++) {
			deleteTree(data);
			for (String kind : List.of("fresh", "restart")) {
				System.out.printf("round %d, %s start; load average %s; %s%n", round, kind, ProcMemory.loadAverage(), Instant.now());
				Start start = once(kind, data, demoCode, loadSeconds);
				starts.add(start);
				System.out.printf("  /login 200 after %.1f s, demo data (public lookup) 200 after %.1f s, ready after %.1f s%n  after start: %s%n"
						+ "  after %d s of lookups (%d requests): %s%n", start.loginSeconds(), start.dataSeconds(), start.readySeconds(),
						start.afterStart().describe(), loadSeconds, start.requests(), start.afterLoad().describe());
			}
		}
		System.out.printf("%nload average at the end %s; %s%n%n", ProcMemory.loadAverage(), Instant.now());
		System.out.printf("| %d rounds, median (min–max) | fresh data directory (seeds the demo) | restart on existing data |%n", rounds);
		System.out.println("|---|---:|---:|");
		table(starts, "command → /login 200, s", s -> s.loginSeconds(), "%.1f");
		table(starts, "command → demo data 200 (public lookup), s", s -> s.dataSeconds(), "%.1f");
		table(starts, "command → ready (every demo datum seeded, readiness probe 200), s", s -> s.readySeconds(), "%.1f");
		table(starts, "java RSS after start, MB", s -> s.afterStart().javaRssKb() / 1024.0, "%.0f");
		table(starts, "postgres PSS after start, MB", s -> s.afterStart().postgresPssKb() / 1024.0, "%.0f");
		table(starts, "java RSS + postgres PSS after start, MB",
				s -> (s.afterStart().javaRssKb() + s.afterStart().postgresPssKb()) / 1024.0, "%.0f");
		table(starts, "java RSS after " + loadSeconds + " s of lookups, MB", s -> s.afterLoad().javaRssKb() / 1024.0, "%.0f");
		table(starts, "postgres PSS after the lookups, MB", s -> s.afterLoad().postgresPssKb() / 1024.0, "%.0f");
		table(starts, "postgres RSS summed after the lookups, MB", s -> s.afterLoad().postgresRssKb() / 1024.0, "%.0f");
		table(starts, "java RSS + postgres PSS after the lookups, MB",
				s -> (s.afterLoad().javaRssKb() + s.afterLoad().postgresPssKb()) / 1024.0, "%.0f");
	}

	private interface Figure {
		double of(Start start);
	}

	private static void table(List<Start> starts, String label, Figure figure, String format) {
		System.out.printf("| %s | %s | %s |%n", label, spread(starts, "fresh", figure, format), spread(starts, "restart", figure, format));
	}

	private static String spread(List<Start> starts, String kind, Figure figure, String format) {
		double[] values = starts.stream().filter(s -> s.kind().equals(kind)).mapToDouble(figure::of).sorted().toArray();
		int n = values.length;
		double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
		return String.format(format + " (" + format + "–" + format + ")", median, values[0], values[n - 1]);
	}

	private static Start once(String kind, Path data, String demoCode, int loadSeconds) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("./mvnw", "-B", "-q", "-o", "spring-boot:run",
				"-Dspring-boot.run.arguments=--server.port=18081 --jiazheng.embedded-db.port=25433")
			.redirectErrorStream(true)
			.redirectOutput(new File("target/bench-startup/" + kind + ".log"));
		builder.environment().put("JIAZHENG_DATA_DIR", data.toString());
		Files.createDirectories(Path.of("target/bench-startup"));
		long t0 = System.nanoTime();
		Process maven = builder.start();
		double login = -1;
		double ready = -1;
		try {
			while (ready < 0) {
				if (!maven.isAlive()) {
					throw new IllegalStateException("the run command ended; see target/bench-startup/" + kind + ".log");
				}
				if ((System.nanoTime() - t0) > 300_000_000_000L) {
					throw new IllegalStateException("no demo data after 300 s");
				}
				if (login < 0 && status("/login") == 200) {
					login = (System.nanoTime() - t0) / 1e9;
				}
				if (login >= 0 && status("/public/enterprises/" + demoCode) == 200) {
					ready = (System.nanoTime() - t0) / 1e9;
				}
				Thread.sleep(100);
			}
			double seeded = ready;
			while (status("/actuator/health/readiness") != 200) {
				Thread.sleep(100);
			}
			seeded = (System.nanoTime() - t0) / 1e9;
			long app = application(maven).orElseThrow(() -> new IllegalStateException("no application JVM below the run command"));
			Thread.sleep(2000);
			ProcMemory.Figures afterStart = ProcMemory.of(app, data.toString());
			long requests = load(loadSeconds);
			ProcMemory.Figures afterLoad = ProcMemory.of(app, data.toString());
			return new Start(kind, login, ready, seeded, afterStart, afterLoad, requests);
		}
		finally {
			stop(maven);
		}
	}

	/** The forked JVM that runs the application, below Maven's. */
	private static Optional<Long> application(Process maven) {
		return maven.descendants().filter(p -> ProcMemory.cmdline(p.pid()).contains("cn.jiazheng.credit.CreditPlatformApplication"))
			.map(ProcessHandle::pid).findFirst();
	}

	private static int status(String path) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:18081" + path)).timeout(Duration.ofSeconds(5)).GET().build(),
					HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException | InterruptedException ex) {
			return -1;
		}
	}

	/** Public lookups of random released enterprises from 8 threads, closed loop. */
	private static long load(int seconds) throws Exception {
		List<String> codes = new ArrayList<>();
		try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:25433/postgres", "postgres", "");
				ResultSet rs = db.createStatement().executeQuery("SELECT credit_code FROM archive.enterprise WHERE released_number IS NOT NULL")) {
			while (rs.next()) {
				codes.add(rs.getString(1));
			}
		}
		AtomicLong done = new AtomicLong();
		long until = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			Thread thread = new Thread(() -> {
				while (System.nanoTime() < until) {
					if (status("/public/enterprises/" + codes.get(ThreadLocalRandom.current().nextInt(codes.size()))) == 200) {
						done.incrementAndGet();
					}
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread t : threads) {
			t.join();
		}
		return done.get();
	}

	/** Stops the application (it closes its PostgreSQL), then Maven; only the processes this run started. */
	private static void stop(Process maven) throws InterruptedException {
		List<ProcessHandle> below = maven.descendants().sorted(Comparator.comparingLong(ProcessHandle::pid).reversed()).toList();
		below.stream().filter(p -> ProcMemory.cmdline(p.pid()).contains("CreditPlatformApplication")).forEach(ProcessHandle::destroy);
		for (ProcessHandle p : below) {
			try {
				p.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				p.destroyForcibly();
			}
		}
		maven.destroy();
		if (!maven.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			maven.destroyForcibly();
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
