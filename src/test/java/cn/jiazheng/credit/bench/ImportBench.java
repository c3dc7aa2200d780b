package cn.jiazheng.credit.bench;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import cn.jiazheng.credit.CreditPlatformApplication;
import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.importing.ImportBatch;
import cn.jiazheng.credit.importing.ImportState;
import cn.jiazheng.credit.importing.Imports;
import cn.jiazheng.credit.region.RegionCode;
import org.postgresql.PGConnection;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 5, item 2: worker rows per second through the real import ({@link Imports#upload}: reading, ID number
 * check, SM4 sealing of the staged rows, blind index; then {@link Imports#apply}: registration with sealed ID
 * number and phone, blind index, insert), against raw pgjdbc COPY of the very same file (name, ID number, phone as
 * plain text) into a scratch table of three text columns, on the same database in the same process. Each file
 * size runs {@code rounds} times, the two sides alternating (and taking turns to go first); every import round
 * brings a new enterprise and new people, so that each one registers all its rows. The database is a throw-away
 * embedded one (no data directory): nothing of data/ is touched.
 *
 * <pre>bench/import-bench.sh [--rows 10000,100000] [--rounds 3]</pre>
 */
public final class ImportBench {

	private static final Actor ADMIN = new Actor(1, "admin", "平台管理员", Role.PLATFORM_ADMIN, null, null);

	private static final RegionCode COUNTY = RegionCode.of("610113");

	private ImportBench() {
	}

	public static void main(String[] args) throws Exception {
		int[] sizes = Arrays.stream(FaultDriver.option(args, "--rows", "10000,100000").split(",")).map(String::trim)
			.mapToInt(Integer::parseInt).toArray();
		int rounds = Integer.parseInt(FaultDriver.option(args, "--rounds", "3"));
		Path dir = Files.createTempDirectory("import-bench-");
		SplittableRandom random = new SplittableRandom(Long.parseLong(FaultDriver.option(args, "--seed", "2026")));
		Set<String> seen = new HashSet<>();
		List<String> summary = new ArrayList<>();
		try (ConfigurableApplicationContext context = new SpringApplication(CreditPlatformApplication.class).run("--server.port=0",
				"--logging.level.root=WARN", "--spring.main.banner-mode=off", "--jiazheng.archive.release-cron=-",
				"--jiazheng.record.expiry-cron=-")) {
			DataSource dataSource = context.getBean(DataSource.class);
			Imports imports = context.getBean(Imports.class);
			EnterpriseFiles files = context.getBean(EnterpriseFiles.class);
			for (int rows : sizes) {
				List<Double> product = new ArrayList<>();
				List<Double> validate = new ArrayList<>();
				List<Double> apply = new ArrayList<>();
				List<Double> raw = new ArrayList<>();
				for (int round = 1; round <= rounds; round++) {
					Path csv = dir.resolve("workers-" + rows + "-" + round + ".csv");
					WorkerCsv.write(csv, rows, COUNTY, "导入基准", random, seen);
					long enterprise = files.register(ADMIN, CreditCode.generate(COUNTY, random).value(),
							"导入基准家政" + rows + "-" + round + "-" + System.nanoTime(), COUNTY.value());
					Actor by = new Actor(0, "import-bench-" + enterprise, "导入基准", Role.ENTERPRISE_ADMIN, COUNTY, enterprise);
					double[] timed = null;
					double copied = 0;
					// Taking turns to go first: neither side always meets the other's leftovers (autovacuum, checkpoints).
					if (round % 2 == 1) {
						timed = importing(imports, by, csv, rows);
						copied = copy(dataSource, csv, rows, round);
					}
					else {
						copied = copy(dataSource, csv, rows, round);
						timed = importing(imports, by, csv, rows);
					}
					validate.add(timed[0]);
					apply.add(timed[1]);
					product.add(timed[0] + timed[1]);
					raw.add(copied);
					System.out.printf("%,d rows, round %d: import %.2f s (upload+validate %.2f, apply %.2f) = %,.0f rows/s;"
							+ " raw COPY %.2f s = %,.0f rows/s; ratio %.1f %%%n", rows, round, timed[0] + timed[1], timed[0], timed[1],
							rows / (timed[0] + timed[1]), copied, rows / copied, 100 * copied / (timed[0] + timed[1]));
					System.out.flush();
					Files.delete(csv);
				}
				double p = median(product);
				double r = median(raw);
				summary.add(String.format("| %,d | %d | %.2f (%.2f–%.2f) | %,.0f (%,.0f–%,.0f) | %.2f / %.2f | %.3f (%.3f–%.3f) | %,.0f (%,.0f–%,.0f) | %.1f %% |",
						rows, rounds, p, min(product), max(product), rows / p, rows / max(product), rows / min(product), median(validate),
						median(apply), r, min(raw), max(raw), rows / r, rows / max(raw), rows / min(raw), 100 * r / p));
			}
		}
		finally {
			Files.deleteIfExists(dir);
		}
		System.out.println();
		System.out.println("| rows | rounds | import s, median (min–max) | import rows/s, median (min–max) | upload+validate / apply s, median"
				+ " | raw COPY s, median (min–max) | raw COPY rows/s, median (min–max) | import / COPY rows/s |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
		summary.forEach(System.out::println);
	}

	/** Seconds of upload (with validation and staging) and of apply; every row must be registered. */
	private static double[] importing(Imports imports, Actor by, Path csv, int rows) {
		long started = System.nanoTime();
		ImportBatch batch = imports.upload(by, "WORKER", "bench.csv", csv, Locale.SIMPLIFIED_CHINESE);
		long validated = System.nanoTime();
		if (batch.validRows() != rows) {
			throw new IllegalStateException("only " + batch.validRows() + " of " + rows + " rows valid: "
					+ imports.rows(by, batch.id(), true, 0, 3));
		}
		ImportBatch applied = imports.apply(by, batch.id(), Locale.SIMPLIFIED_CHINESE);
		long done = System.nanoTime();
		if (applied.state() != ImportState.APPLIED || applied.appliedRows() != rows) {
			throw new IllegalStateException("applied " + applied.appliedRows() + " of " + rows + ", state " + applied.state());
		}
		return new double[] { (validated - started) / 1e9, (done - validated) / 1e9 };
	}

	/**
	 * Raw COPY of the same file into a new scratch table of as many columns (plain text, no key, no index), in one
	 * transaction, committed: the limit of getting these bytes into this database.
	 */
	private static double copy(DataSource dataSource, Path csv, int rows, int round) throws Exception {
		String table = "public.import_bench_" + rows + "_" + round;
		try (Connection connection = dataSource.getConnection()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("DROP TABLE IF EXISTS " + table);
				statement.execute("CREATE TABLE " + table + " (name text, resident_id text, phone text)");
			}
			connection.setAutoCommit(false);
			long started = System.nanoTime();
			long copied;
			try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
				copied = connection.unwrap(PGConnection.class).getCopyAPI()
					.copyIn("COPY " + table + " (name, resident_id, phone) FROM STDIN WITH (FORMAT csv, HEADER true)", in);
			}
			connection.commit();
			double seconds = (System.nanoTime() - started) / 1e9;
			connection.setAutoCommit(true);
			if (copied != rows) {
				throw new IllegalStateException("COPY wrote " + copied + " of " + rows);
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("DROP TABLE " + table);
			}
			return seconds;
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static double min(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
	}

	private static double max(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
	}
}
