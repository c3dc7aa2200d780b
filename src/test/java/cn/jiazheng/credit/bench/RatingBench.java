package cn.jiazheng.credit.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.rating.RatingRun;
import cn.jiazheng.credit.rating.Ratings;
import cn.jiazheng.credit.rating.RunKind;
import cn.jiazheng.credit.region.RegionCode;
import org.postgresql.PGConnection;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 4's rating benchmark: a FULL run of the Ordos model over a generated territory (bench/generate-province.sh),
 * timed against the raw limit measured in the same process on the same database: one plain SQL statement that
 * aggregates the same records and worker facts per enterprise, streamed to the client, plus COPY of as many
 * result rows as the run writes. Each side runs {@code rounds} times, alternating, and the median is reported
 * with its minimum and maximum.
 *
 * <pre>bench/rating-bench.sh [--data data/bench-pgdata] [--territory 61] [--rounds 3] [--model ordos-enterprise]</pre>
 * {@code --model shaoguan-worker} rates the territory's workers instead; {@code --model ordos-enterprise,shaoguan-worker}
 * is the territory's full rating, both runs started together and both raw sides run together.
 */
public final class RatingBench {

	/** The Ordos model's features per enterprise, as plain SQL; parameters: day ×9, territory prefix ×3, in that order. */
	private static final String RAW_ENTERPRISE = """
			WITH workers AS (
			    SELECT m.enterprise_id, count(*) AS current_workers,
			           count(*) FILTER (WHERE w.health_valid_until >= ? AND w.background_clear_until >= ? AND w.training_count > 0) AS qualified
			      FROM archive.employment m JOIN archive.worker w ON w.id = m.worker_id
			     WHERE m.state = 'ACTIVE' AND w.region_code LIKE ?
			     GROUP BY m.enterprise_id),
			records AS (
			    SELECT subject_id,
			           count(*) FILTER (WHERE type_code = 'ADMIN_PENALTY_GENERAL' AND publicity_max_end >= ?) AS general_penalties,
			           count(*) FILTER (WHERE type_code = 'COMPLAINT_SUBSTANTIATED' AND decision_date > ?::date - 365) AS complaints,
			           count(*) FILTER (WHERE type_code = 'RECTIFICATION_OVERDUE' AND decision_date > ?::date - 730) AS overdue,
			           count(*) FILTER (WHERE type_code = 'HONOUR' AND decision_date > ?::date - 1095) AS honours,
			           bool_or(type_code = 'SERIOUS_DISHONESTY_LIST') AS serious_dishonesty,
			           bool_or(type_code = 'DISHONEST_JUDGMENT_DEBTOR') AS debtor,
			           bool_or(type_code = 'ADMIN_PENALTY_SERIOUS') AS serious_penalty,
			           bool_or(type_code = 'ABNORMAL_OPERATION') AS abnormal
			      FROM record.credit_record
			     WHERE subject_kind = 'ENTERPRISE' AND state = 'ACTIVE' AND decision_date <= ?
			       AND (publicity_max_end IS NULL OR publicity_max_end >= ?) AND region_code LIKE ?
			       AND type_code IN ('ADMIN_PENALTY_GENERAL', 'COMPLAINT_SUBSTANTIATED', 'RECTIFICATION_OVERDUE', 'HONOUR',
			                         'SERIOUS_DISHONESTY_LIST', 'DISHONEST_JUDGMENT_DEBTOR', 'ADMIN_PENALTY_SERIOUS', 'ABNORMAL_OPERATION')
			     GROUP BY subject_id)
			SELECT e.id, e.released_number IS NOT NULL AS released, coalesce(w.current_workers, 0), coalesce(w.qualified, 0),
			       coalesce(r.general_penalties, 0), coalesce(r.complaints, 0), coalesce(r.overdue, 0), coalesce(r.honours, 0),
			       coalesce(r.serious_dishonesty, false), coalesce(r.debtor, false), coalesce(r.serious_penalty, false),
			       coalesce(r.abnormal, false)
			  FROM archive.enterprise e LEFT JOIN workers w ON w.enterprise_id = e.id LEFT JOIN records r ON r.subject_id = e.id
			 WHERE e.region_code LIKE ? ORDER BY e.id""";

	/** The Shaoguan worker model's features per worker; parameters: day ×6, territory prefix ×2. */
	private static final String RAW_WORKER = """
			WITH firsts AS (
			    SELECT worker_id, min(decided_at) AS first_decided FROM archive.employment
			     WHERE state IN ('ACTIVE', 'ENDED') GROUP BY worker_id),
			records AS (
			    SELECT subject_id, count(*) FILTER (WHERE decision_date > ?::date - 730) AS complaints
			      FROM record.credit_record
			     WHERE subject_kind = 'WORKER' AND state = 'ACTIVE' AND decision_date <= ?
			       AND (publicity_max_end IS NULL OR publicity_max_end >= ?) AND region_code LIKE ?
			       AND type_code = 'COMPLAINT_SUBSTANTIATED'
			     GROUP BY subject_id)
			SELECT w.id, w.released_number IS NOT NULL AS released, coalesce(r.complaints, 0), w.training_hours, w.skill_level,
			       extract(year FROM age(?::date, f.first_decided)), w.health_valid_until >= ?, w.background_clear_until >= ?
			  FROM archive.worker w LEFT JOIN firsts f ON f.worker_id = w.id LEFT JOIN records r ON r.subject_id = w.id
			 WHERE w.region_code LIKE ? ORDER BY w.id""";

	private RatingBench() {
	}

	public static void main(String[] args) throws Exception {
		String data = option(args, "--data", "data/bench-pgdata");
		String territory = option(args, "--territory", "61");
		int rounds = Integer.parseInt(option(args, "--rounds", "3"));
		// Several models (comma-separated) are a territory's full rating: their runs are started together, as a
		// regulator starts them, and so are their raw sides.
		List<String> models = List.of(option(args, "--model", "ordos-enterprise").split(","));
		for (String model : models) {
			if (!model.equals("ordos-enterprise") && !model.equals("shaoguan-worker")) {
				throw new IllegalArgumentException("--model: ordos-enterprise or shaoguan-worker, which have a raw form here");
			}
		}
		SpringApplication application = new SpringApplication(cn.jiazheng.credit.CreditPlatformApplication.class);
		try (ConfigurableApplicationContext context = application.run("--jiazheng.embedded-db.data-dir=" + data, "--server.port=0",
				"--logging.level.root=WARN", "--spring.main.banner-mode=off", "--jiazheng.archive.release-cron=-",
				"--jiazheng.record.expiry-cron=-",
				// A province generated before newer migrations of a lower version number were merged can still be used.
				"--spring.flyway.out-of-order=true")) {
			DataSource dataSource = context.getBean(DataSource.class);
			Ratings ratings = context.getBean(Ratings.class);
			Actor admin = new Actor(0, "bench", "基准测试", Role.PLATFORM_ADMIN, null, null);
			LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
			ExecutorService rawSides = Executors.newFixedThreadPool(models.size());
			List<Double> product = new ArrayList<>();
			List<Double> raw = new ArrayList<>();
			long subjects = 0;
			long rated = 0;
			for (int round = 1; round <= rounds; round++) {
				long started = System.nanoTime();
				List<RatingRun> runs = new ArrayList<>();
				for (String model : models) {
					runs.add(ratings.start(admin, model, null, RunKind.FULL, RegionCode.of(territory)));
				}
				for (int i = 0; i < runs.size(); i++) {
					while (!runs.get(i).finished()) {
						Thread.sleep(100);
						runs.set(i, ratings.run(admin, runs.get(i).id()));
					}
				}
				double seconds = (System.nanoTime() - started) / 1e9;
				subjects = 0;
				rated = 0;
				long skipped = 0;
				List<Future<Double>> rawRuns = new ArrayList<>();
				long rawStarted = System.nanoTime();
				for (int i = 0; i < runs.size(); i++) {
					RatingRun run = runs.get(i);
					if (run.failure() != null) {
						throw new IllegalStateException("run failed: " + run.failure());
					}
					subjects += run.total();
					rated += run.done();
					skipped += run.skipped();
					String model = models.get(i);
					rawRuns.add(rawSides.submit(() -> raw(dataSource, model, territory, today, run.done())));
				}
				for (Future<Double> f : rawRuns) {
					f.get();
				}
				product.add(seconds);
				raw.add((System.nanoTime() - rawStarted) / 1e9);
				System.out.printf("round %d: runs %s: %,d subjects (%,d rated, %,d without a released file) in %.1f s = %,.0f subjects/s;"
						+ " raw limit %.1f s%n", round, runs.stream().map(r -> Long.toString(r.id())).toList(), subjects, rated, skipped,
						seconds, subjects / seconds, raw.get(raw.size() - 1));
			}
			rawSides.shutdown();
			double p = median(product);
			double r = median(raw);
			System.out.printf("%nmodel %s, territory %s, %,d subjects, %d rounds%n", String.join(" + ", models), territory, subjects, rounds);
			System.out.printf("product: median %.1f s (min %.1f, max %.1f) = %,.0f subjects/s%n", p, min(product), max(product), subjects / p);
			System.out.printf("raw limit (SQL aggregate + COPY of %,d rows): median %.1f s (min %.1f, max %.1f)%n", rated, r, min(raw), max(raw));
			System.out.printf("ratio product / raw limit: %.2f%n", p / r);
		}
	}

	/** The raw limit: the same aggregation in one statement, streamed to the client, then COPY of as many result rows. */
	private static double raw(DataSource dataSource, String model, String territory, LocalDate today, long results) throws Exception {
		long started = System.nanoTime();
		StringBuilder copy = new StringBuilder();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			java.sql.Date day = java.sql.Date.valueOf(today);
			List<long[]> rows = new ArrayList<>();
			boolean enterprises = model.equals("ordos-enterprise");
			String prefix = territory + "%";
			try (PreparedStatement statement = connection.prepareStatement(enterprises ? RAW_ENTERPRISE : RAW_WORKER)) {
				statement.setFetchSize(10_000);
				Object[] parameters = enterprises ? new Object[] { day, day, prefix, day, day, day, day, day, day, prefix, prefix }
						: new Object[] { day, day, day, prefix, day, day, day, prefix };
				for (int i = 0; i < parameters.length; i++) {
					statement.setObject(i + 1, parameters[i]);
				}
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						rows.add(new long[] { rs.getLong(1), rs.getLong(3), rs.getLong(4) });
					}
				}
			}
			try (var statement = connection.createStatement()) {
				statement.execute("CREATE TEMP TABLE bench_result (run_id BIGINT, subject_id BIGINT, score INT, grade TEXT, features JSONB) ON COMMIT DROP");
			}
			for (int i = 0; i < results && i < rows.size(); i++) {
				long[] row = rows.get(i);
				copy.append("1\t").append(row[0]).append("\t800\tA\t{\"first\":").append(row[1]).append(",\"second\":")
					.append(row[2]).append("}\n");
			}
			((PGConnection) connection.unwrap(PGConnection.class)).getCopyAPI()
				.copyIn("COPY bench_result FROM STDIN", new StringReader(copy.toString()));
			connection.commit();
		}
		return (System.nanoTime() - started) / 1e9;
	}

	private static String option(String[] args, String name, String fallback) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static double min(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
	}

	private static double max(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
	}
}
