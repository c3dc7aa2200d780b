package cn.jiazheng.credit.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 5, item 4: HTTP load from a second process against a running platform (bench/http-bench.sh starts
 * it). Three targets of the same server, in alternating rounds: the public lookup by 统一社会信用代码 (a
 * random released enterprise each request, page and API), a logged-in regulator's list page, and a trivial
 * endpoint (the liveness probe: the same filters, no database). Two kinds of load:
 * <ul>
 * <li>closed loop, with wrk (C, one thread, N connections): the most each target can answer, requests/s
 * with wrk's p50/p99;</li>
 * <li>open loop at a fixed rate (default 1,000/s), this class: each request is sent at its scheduled time
 * whether or not earlier ones have returned, and its latency counts from that time, so a stall is not
 * hidden (no coordinated omission).</li>
 * </ul>
 * Before measuring, it makes the demo data look like a province in use, once: credit records in
 * publicity for about a third of the released enterprises (SQL, as the province generator writes
 * them), then a FULL Ordos run through the API, finalised in SQL (the real finalisation waits 15
 * working days), so that the lookup reads grades and records; this is done before any profile is looked
 * up, since the platform hears of changes through its own events, not of changes made in SQL. Then it
 * looks every code up once (the first lookups, read from the database; later ones are served from the
 * profiles the platform keeps, as on a platform in use).
 */
public final class HttpBench {

	private static final int MAX_IN_FLIGHT = 64;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final Map<String, String> options;

	private final HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

	private HttpBench(Map<String, String> options) {
		this.options = options;
		this.base = options.getOrDefault("base", "http://localhost:18080");
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		new HttpBench(options).run();
	}

	private int option(String name, int fallback) {
		return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
	}

	record Target(String name, Path paths, String cookie) {
	}

	record Result(double rps, double p50ms, double p99ms, long errors) {
	}

	private void run() throws Exception {
		int rounds = option("rounds", 3);
		int seconds = option("seconds", 10);
		int connections = option("connections", 16);
		int[] rates = Arrays.stream(options.getOrDefault("rate", "1000").split(",")).mapToInt(Integer::parseInt).toArray();
		Path work = Path.of(options.getOrDefault("work", "target/bench-http"));
		Files.createDirectories(work);
		waitUp(Duration.ofMinutes(10));
		List<String> codes = prepare();
		String regulator = login(options.getOrDefault("regulator", "xian"));
		expect200("/enterprises", regulator);
		expect200("/public/enterprises/" + codes.get(0), null);
		expect200("/api/v1/public/enterprises/" + codes.get(0), null);

		List<Target> targets = List.of(
				new Target("trivial: GET /actuator/health/liveness", write(work, "trivial", List.of("/actuator/health/liveness")), null),
				new Target("lookup page: GET /public/enterprises/{code}",
						write(work, "lookup", codes.stream().map(c -> "/public/enterprises/" + c).toList()), null),
				new Target("lookup API: GET /api/v1/public/enterprises/{code}",
						write(work, "lookup-api", codes.stream().map(c -> "/api/v1/public/enterprises/" + c).toList()), null),
				new Target("regulator list: GET /enterprises (xian, 西安市)", write(work, "regulator", List.of("/enterprises")), regulator));

		long pid = Long.parseLong(options.getOrDefault("server-pid", "0"));
		String dataDir = options.getOrDefault("data-dir", "");
		if (pid > 0) {
			System.out.println("memory after start: " + ProcMemory.of(pid, dataDir).describe());
		}
		System.out.printf("%d released codes; load average %s; %s%n", codes.size(), ProcMemory.loadAverage(), Instant.now());
		firstLookups(codes);
		System.out.println("warm-up: 10 s closed loop per target");
		for (Target t : targets) {
			wrk(t, 10, connections);
		}
		Map<String, List<Result>> closed = new LinkedHashMap<>();
		Map<Integer, Map<String, List<Result>>> openByRate = new LinkedHashMap<>();
		for (int r = 1; r <= rounds; r++) {
			System.out.printf("round %d closed loop (wrk -t1 -c%d -d%ds), load average %s%n", r, connections, seconds, ProcMemory.loadAverage());
			for (Target t : targets) {
				Result result = wrk(t, seconds, connections);
				closed.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(result);
				System.out.printf("  %-55s %8.0f req/s  p50 %6.2f ms  p99 %7.2f ms  errors %d%n", t.name(), result.rps(), result.p50ms(),
						result.p99ms(), result.errors());
			}
		}
		for (int rate : rates) {
		Map<String, List<Result>> open = openByRate.computeIfAbsent(rate, k -> new LinkedHashMap<>());
		for (int r = 1; r <= rounds; r++) {
			System.out.printf("round %d open loop at %d req/s for %d s, load average %s%n", r, rate, seconds, ProcMemory.loadAverage());
			for (Target t : targets) {
				Result result = fixedRate(t, rate, seconds);
				open.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(result);
				System.out.printf("  %-55s %8.0f req/s  p50 %6.2f ms  p99 %7.2f ms  errors %d%n", t.name(), result.rps(), result.p50ms(),
						result.p99ms(), result.errors());
			}
		}
		}
		if (pid > 0) {
			System.out.println("memory after the load: " + ProcMemory.of(pid, dataDir).describe());
		}
		System.out.printf("%nload average at the end %s; %s%n%n", ProcMemory.loadAverage(), Instant.now());
		System.out.printf("| closed loop, %d connections, %d s × %d rounds | req/s median (min–max) | p50 ms median (min–max) | p99 ms median (min–max) | errors |%n",
				connections, seconds, rounds);
		System.out.println("|---|---:|---:|---:|---:|");
		closed.forEach((name, results) -> System.out.println(row(name, results)));
		openByRate.forEach((rate, open) -> {
			System.out.printf("%n| open loop at %d req/s, %d s × %d rounds | answered req/s | p50 ms median (min–max) | p99 ms median (min–max) | failed or not sent |%n",
					rate, seconds, rounds);
			System.out.println("|---|---:|---:|---:|---:|");
			open.forEach((name, results) -> System.out.println(row(name, results)));
		});
		double trivial = median(closed.get(targets.get(0).name()).stream().mapToDouble(Result::rps).toArray());
		System.out.println();
		for (Target t : targets.subList(1, targets.size())) {
			double rps = median(closed.get(t.name()).stream().mapToDouble(Result::rps).toArray());
			StringBuilder p99s = new StringBuilder();
			openByRate.forEach((rate, open) -> p99s.append(String.format("; p99 at %d req/s %.1f ms", rate,
					median(open.get(t.name()).stream().mapToDouble(Result::p99ms).toArray()))));
			System.out.printf("%s: %.0f %% of the trivial endpoint's throughput%s%n", t.name(), 100 * rps / trivial, p99s);
		}
	}

	private static String row(String name, List<Result> results) {
		return String.format("| %s | %s | %s | %s | %d |", name, spread(results.stream().mapToDouble(Result::rps).toArray(), "%.0f"),
				spread(results.stream().mapToDouble(Result::p50ms).toArray(), "%.2f"),
				spread(results.stream().mapToDouble(Result::p99ms).toArray(), "%.1f"),
				results.stream().mapToLong(Result::errors).sum());
	}

	private static String spread(double[] values, String format) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return String.format(format + " (" + format + "–" + format + ")", median(sorted), sorted[0], sorted[sorted.length - 1]);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static Path write(Path work, String name, List<String> lines) throws IOException {
		return Files.write(work.resolve(name + ".paths"), lines);
	}

	// --- closed loop: wrk ---

	private Result wrk(Target target, int seconds, int connections) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "--latency",
				"-s", "bench/wrk-paths.lua"));
		if (target.cookie() != null) {
			command.addAll(List.of("-H", "Cookie: " + target.cookie()));
		}
		command.addAll(List.of(base, "--", target.paths().toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		Matcher rps = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
		if (!rps.find()) {
			throw new IllegalStateException("wrk said:\n" + out);
		}
		long errors = 0;
		Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)").matcher(out);
		if (non2xx.find()) {
			errors += Long.parseLong(non2xx.group(1));
		}
		Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
		if (socket.find()) {
			for (int i = 1; i <= 4; i++) {
				errors += Long.parseLong(socket.group(i));
			}
		}
		return new Result(Double.parseDouble(rps.group(1)), percentile(out, "50%"), percentile(out, "99%"), errors);
	}

	private static double percentile(String wrkOutput, String label) {
		Matcher m = Pattern.compile("\\s" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s)").matcher(wrkOutput);
		if (!m.find()) {
			return Double.NaN;
		}
		double value = Double.parseDouble(m.group(1));
		return switch (m.group(2)) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
	}

	// --- open loop: fixed rate ---

	private Result fixedRate(Target target, int rate, int seconds) throws Exception {
		List<String> paths = Files.readAllLines(target.paths());
		int n = rate * seconds;
		long period = 1_000_000_000L / rate;
		long[] latency = new long[n];
		AtomicInteger errors = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(n);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
			.followRedirects(HttpClient.Redirect.NEVER).build();
		long[] lastDone = new long[1];
		// A server that cannot keep up would otherwise get one new connection per late request: past this
		// many in flight a request is not sent but counted as failed, with the longest latency of the run.
		java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(MAX_IN_FLIGHT);
		long start = System.nanoTime() + 50_000_000L;
		for (int i = 0; i < n; i++) {
			long intended = start + i * period;
			long wait;
			while ((wait = intended - System.nanoTime()) > 0) {
				LockSupport.parkNanos(wait);
			}
			if (!inFlight.tryAcquire()) {
				latency[i] = Long.MAX_VALUE;
				errors.incrementAndGet();
				done.countDown();
				continue;
			}
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + paths.get(ThreadLocalRandom.current().nextInt(paths.size()))))
				.timeout(Duration.ofSeconds(30)).GET();
			if (target.cookie() != null) {
				request.header("Cookie", target.cookie());
			}
			int index = i;
			client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
				inFlight.release();
				long now = System.nanoTime();
				latency[index] = now - intended;
				if (failure != null || response.statusCode() != 200) {
					errors.incrementAndGet();
				}
				synchronized (lastDone) {
					lastDone[0] = Math.max(lastDone[0], now);
				}
				done.countDown();
			});
		}
		if (!done.await(60, TimeUnit.SECONDS)) {
			System.out.println("  (some requests did not return within 60 s)");
		}
		pool.shutdownNow();
		long[] sorted = latency.clone();
		Arrays.sort(sorted);
		double achieved = (n - errors.get()) / ((lastDone[0] - start) / 1e9);
		return new Result(achieved, millis(sorted[n / 2]), millis(sorted[(int) Math.ceil(n * 0.99) - 1]), errors.get());
	}

	/** Not sent (too many in flight) shows as infinity: the percentile is then beyond any measured time. */
	private static double millis(long nanos) {
		return nanos == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : nanos / 1e6;
	}

	// --- setting up ---

	private void waitUp(Duration within) throws InterruptedException {
		Instant until = Instant.now().plus(within);
		while (Instant.now().isBefore(until)) {
			try {
				// Readiness follows the demo seeding (an ApplicationReadyEvent listener); liveness comes before it.
				if (get("/actuator/health/readiness", null).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not yet listening
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the platform did not come up at " + base);
	}

	private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return plain.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void expect200(String path, String cookie) throws IOException, InterruptedException {
		int status = get(path, cookie).statusCode();
		if (status != 200) {
			throw new IllegalStateException(path + " answered " + status);
		}
	}

	/**
	 * Looks every code up once (16 threads, the JSON lookup): the platform keeps each profile it has shown
	 * until it changes, so the rounds after this measure a platform in use, and this pass measures the
	 * lookup that must read the database, each code's first.
	 */
	private void firstLookups(List<String> codes) throws InterruptedException {
		int threads = 16;
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long started = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			pool.execute(() -> {
				for (int i; (i = next.getAndIncrement()) < codes.size();) {
					try {
						if (get("/api/v1/public/enterprises/" + codes.get(i), null).statusCode() != 200) {
							failed.incrementAndGet();
						}
					}
					catch (IOException | InterruptedException ex) {
						failed.incrementAndGet();
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.HOURS);
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("first lookup of each of %,d codes (read from the database): %.1f s = %.0f req/s, %d failed; load average %s%n",
				codes.size(), seconds, codes.size() / seconds, failed.get(), ProcMemory.loadAverage());
	}

	/** Form login as a demo account; returns the session cookie. */
	private String login(String username) throws IOException, InterruptedException {
		CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = CSRF.matcher(form);
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on /login");
		}
		String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(options.getOrDefault("password", "Demo@2026"), StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("login as " + username + " failed: " + answer.statusCode() + " " + location);
		}
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION")).findFirst()
			.map(c -> "SESSION=" + c.getValue()).orElseThrow(() -> new IllegalStateException("no session cookie"));
	}

	/** Records and final grades once; returns the released enterprises' codes. */
	private List<String> prepare() throws Exception {
		String url = "jdbc:postgresql://localhost:" + options.getOrDefault("db-port", "25432") + "/postgres";
		try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
			try (Statement s = db.createStatement()) {
				if (count(s, "SELECT count(*) FROM record.credit_record WHERE entered_by = 'bench'") == 0) {
					int added = s.executeUpdate("""
							INSERT INTO record.credit_record (subject_kind, subject_id, subject_name, type_code, direction, severity,
							    source_organisation, document_number, decision_date, summary, region_code, enterprise_id,
							    publicity_min_end, publicity_max_end, state, entered_by)
							SELECT 'ENTERPRISE', e.id, e.name, CASE WHEN g = 2 THEN 'COMPLAINT_SUBSTANTIATED' ELSE 'ADMIN_PENALTY_GENERAL' END,
							       'NEGATIVE', 'GENERAL', '市场监督管理局', '市监罚〔2026〕' || e.id || '-' || g || '号', d, '基准测试', e.region_code, e.id,
							       (d + interval '3 months')::date, (d + interval '1 year')::date, 'ACTIVE', 'bench'
							FROM archive.enterprise e CROSS JOIN generate_series(1, 3) g
							CROSS JOIN LATERAL (SELECT current_date - ((e.id * 37 + g * 101) % 300)::int AS d) x
							WHERE e.released_number IS NOT NULL AND (e.id * 7 + g) % 10 < 3""");
					System.out.println("bench records in publicity added: " + added);
				}
			}
			if (count(db.createStatement(), "SELECT count(*) FROM rating.final_grade WHERE model_id = 'ordos-enterprise'") == 0) {
				long run = rate();
				db.setAutoCommit(false);
				try (Statement s = db.createStatement()) {
					s.executeUpdate("UPDATE rating.result SET stage = 'FINAL' WHERE run_id = " + run);
					s.executeUpdate("UPDATE rating.run SET published_on = current_date - 45, window_closes = current_date - 20,"
							+ " published_by = 'bench', published_at = now() - interval '45 days', finalised_on = current_date - 14,"
							+ " finalised_by = 'bench', finalised_at = now() - interval '14 days' WHERE id = " + run);
					int finals = s.executeUpdate("""
							INSERT INTO rating.final_grade (model_id, subject_kind, subject_id, run_id, region_code, enterprise_id, model_version,
							                                grade, score, finalised_at)
							SELECT r.model_id, r.subject_kind, r.subject_id, r.run_id, r.region_code, r.enterprise_id, r.model_version, r.grade,
							       r.score, now() - interval '14 days'
							FROM rating.result r WHERE r.run_id = """ + run + " ON CONFLICT DO NOTHING");
					db.commit();
					System.out.println("bench final grades: " + finals + " (run " + run + ")");
				}
				db.setAutoCommit(true);
			}
			List<String> codes = new ArrayList<>();
			try (Statement s = db.createStatement();
					ResultSet rs = s.executeQuery("SELECT credit_code FROM archive.enterprise WHERE released_number IS NOT NULL ORDER BY id")) {
				while (rs.next()) {
					codes.add(rs.getString(1));
				}
			}
			return codes;
		}
	}

	private static long count(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** A FULL Ordos run of the province through the API, as the province regulator; returns its id when done. */
	private long rate() throws Exception {
		String cookie = login("shaanxi");
		Matcher token = CSRF.matcher(get("/", cookie).body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on /");
		}
		HttpResponse<String> started = plain.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/rating-runs"))
			.header("Cookie", cookie).header("X-CSRF-TOKEN", token.group(1)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"modelId\":\"ordos-enterprise\",\"kind\":\"FULL\",\"territory\":\"61\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		if (started.statusCode() != 202) {
			throw new IllegalStateException("starting the rating run: " + started.statusCode() + " " + started.body());
		}
		String location = started.headers().firstValue("Location").orElseThrow();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		for (int i = 0; i < 600; i++) {
			if (get(location, cookie).body().matches("(?s).*\"finished\"\\s*:\\s*true.*")) {
				return id;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("rating run " + id + " did not finish");
	}
}
