package cn.jiazheng.credit.bench;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import cn.jiazheng.credit.archive.BackgroundCheck;
import cn.jiazheng.credit.archive.BackgroundResult;
import cn.jiazheng.credit.archive.EnterpriseFile;
import cn.jiazheng.credit.archive.HealthResult;
import cn.jiazheng.credit.archive.MobilePhone;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.TrainingRecord;
import cn.jiazheng.credit.archive.WorkerFile;
import cn.jiazheng.credit.crypto.BlindIndex;
import cn.jiazheng.credit.crypto.FieldCipher;
import cn.jiazheng.credit.demo.internal.ProvinceShape;
import cn.jiazheng.credit.demo.internal.ProvinceShape.County;
import cn.jiazheng.credit.demo.internal.ProvinceShape.EnterprisePlan;
import cn.jiazheng.credit.demo.internal.ProvinceShape.RecordKind;
import cn.jiazheng.credit.demo.internal.ProvinceShape.RecordPlan;
import cn.jiazheng.credit.demo.internal.ProvinceShape.WorkerFate;
import cn.jiazheng.credit.demo.internal.ProvinceShape.WorkerPlan;
import cn.jiazheng.credit.platform.CopyText;
import cn.jiazheng.credit.record.Direction;
import cn.jiazheng.credit.record.Publicity;
import cn.jiazheng.credit.record.Severity;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the province of {@link ProvinceShape} straight into the product's tables with COPY, in the
 * forms the services store: enterprise files (JSON revisions), workers (blind index, sealed ID number and
 * phone, masked forms, the released file's summary columns), sealed worker-file revisions, employments,
 * sealed background checks, and credit records with their first state-log row and NDRC publicity dates.
 * The sealing rules are the archive's own: its classes are called (reflectively, they are internal), never
 * copied. What is not written: letters of consent, audit entries, accounts (the loader is not a user).
 * <p>
 * Ids come from the tables' sequences, reserved in one step before the rows are written. Rows are generated
 * in parallel, in chunks, and written in order by one connection; each chunk commits on its own.
 */
public final class ProvinceLoader {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** Workers per chunk: enough to keep COPY's overhead small, few enough to keep memory flat. */
	private static final int WORKER_CHUNK = 4_000;

	private static final int RECORD_CHUNK = 50_000;

	private static final String[] OFFERED = { "COOKING", "CLEANING", "MOVING", "HOME_TUTORING", "CHILD_CARE", "MATERNITY_CARE",
			"INFANT_CARE", "ELDER_PATIENT_CARE" };

	/**
	 * What to load.
	 *
	 * @param counties where enterprises are, by weight; null for {@link ProvinceShape#countiesFor}
	 * @param rebuildRecordIndexes drop the record tables' secondary indexes while loading and build them after
	 *        (much faster for millions of rows); false leaves them in place (tests, small loads)
	 */
	public record Options(int enterprises, long workers, long records, long seed, List<County> counties, int threads,
			int positivePublicityMonths, boolean rebuildRecordIndexes) {

		public static Options of(int enterprises, long workers, long records) {
			return new Options(enterprises, workers, records, 2026, null, Runtime.getRuntime().availableProcessors(), 36,
					records > 200_000);
		}

		public Options withCounties(List<County> counties) {
			return new Options(enterprises, workers, records, seed, counties, threads, positivePublicityMonths, rebuildRecordIndexes);
		}

		public Options withSeed(long seed) {
			return new Options(enterprises, workers, records, seed, counties, threads, positivePublicityMonths, rebuildRecordIndexes);
		}
	}

	/**
	 * What was loaded: rows and seconds per table, the ids given out, and a few generated ID numbers by
	 * worker id, for checks.
	 */
	public record Report(Map<String, Long> rows, Map<String, Double> seconds, long firstEnterpriseId, long firstWorkerId,
			long firstRecordId, Map<Long, String> sampleResidentIds) {
	}

	private final DataSource dataSource;

	private final FieldCipher cipher;

	private final BlindIndex blindIndex;

	private final JsonMapper json;

	private final Clock clock;

	private final ArchiveRules rules = new ArchiveRules();

	public ProvinceLoader(DataSource dataSource, FieldCipher cipher, BlindIndex blindIndex, JsonMapper json, Clock clock) {
		this.dataSource = dataSource;
		this.cipher = cipher;
		this.blindIndex = blindIndex;
		this.json = json;
		this.clock = clock;
	}

	public Report load(Options options) throws Exception {
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		Instant now = clock.instant();
		List<County> counties = options.counties() != null ? options.counties() : ProvinceShape.countiesFor(options.enterprises());
		Map<String, Long> rows = new LinkedHashMap<>();
		Map<String, Double> seconds = new LinkedHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(true);
			try (Statement session = connection.createStatement()) {
				// Only this session: a lost load is simply loaded again.
				session.execute("SET synchronous_commit = off");
				session.execute("SET maintenance_work_mem = '256MB'");
			}
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			int e = options.enterprises();
			long firstEnterprise = reserve(connection, "archive.enterprise", e);
			long firstWorker = reserve(connection, "archive.worker", options.workers());
			long firstRecord = reserve(connection, "record.credit_record", options.records());

			// Enterprises and their files.
			long started = System.nanoTime();
			List<EnterprisePlan> plans = new ArrayList<>(IntStream.range(0, e).parallel()
				.mapToObj(i -> ProvinceShape.enterprise(options.seed(), i, counties))
				.toList());
			Set<String> codes = new HashSet<>();
			for (EnterprisePlan plan : plans) {
				if (!codes.add(plan.code().value())) {
					throw new IllegalStateException("credit code drawn twice: " + plan.code());
				}
			}
			String[] enterpriseNames = new String[e];
			String[] enterpriseCounties = new String[e];
			for (int i = 0; i < e; i++) {
				enterpriseNames[i] = plans.get(i).name();
				enterpriseCounties[i] = plans.get(i).county().code();
			}
			int[] sizes = ProvinceShape.sizes(plans, options.workers());
			ordered(pool, (e + 1_999) / 2_000, chunk -> {
				int from = chunk * 2_000;
				int to = Math.min(e, from + 2_000);
				StringBuilder enterprises = new StringBuilder();
				StringBuilder revisions = new StringBuilder();
				for (int i = from; i < to; i++) {
					enterprise(plans.get(i), firstEnterprise + i, options.seed(), now, enterprises, revisions);
				}
				return new String[] { enterprises.toString(), revisions.toString() };
			}, parts -> {
				copy(copy, "archive.enterprise (id, credit_code, name, region_code, latest_region_code, state, latest_number, "
						+ "released_number, created_at, updated_at)", parts[0]);
				copy(copy, "archive.revision (kind, subject_id, number, state, region_code, content, created_by, created_at, "
						+ "submitted_by, submitted_at, decided_by, decided_at, return_reason, released_at)", parts[1]);
			});
			plans.clear();
			rows.put("archive.enterprise", (long) e);
			rows.put("archive.revision (ENTERPRISE)", (long) e);
			seconds.put("archive.enterprise + revisions", (System.nanoTime() - started) / 1e9);

			// Workers, their files, employments and background checks.
			started = System.nanoTime();
			long[] offsets = new long[e + 1];
			for (int i = 0; i < e; i++) {
				offsets[i + 1] = offsets[i] + sizes[i];
			}
			List<int[]> chunks = new ArrayList<>();
			for (int i = 0; i < e;) {
				int from = i;
				long count = 0;
				while (i < e && (count == 0 || count + sizes[i] <= WORKER_CHUNK)) {
					count += sizes[i++];
				}
				chunks.add(new int[] { from, i });
			}
			String[] workerNames = new String[(int) options.workers()];
			int[] workerEnterprise = new int[(int) options.workers()];
			Set<Long> residentIds = new HashSet<>();
			Map<Long, String> samples = new LinkedHashMap<>();
			long[] counts = new long[4];
			boolean trainingHours = columnExists(connection, "archive", "worker", "training_hours");
			String workerColumns = "archive.worker (id, resident_id_index, resident_id_sealed, resident_id_masked, name, gender, phone_sealed, "
					+ "phone_masked, region_code, enterprise_id, created_by, created_at, state, latest_number, released_number, updated_at, "
					+ "skill_level, health_valid_until, training_count, insured_until, background_clear_until"
					+ (trainingHours ? ", training_hours)" : ")");
			ordered(pool, chunks.size(), c -> {
				int[] range = chunks.get(c);
				WorkerChunk out = new WorkerChunk();
				for (int i = range[0]; i < range[1]; i++) {
					for (long g = offsets[i]; g < offsets[i + 1]; g++) {
						worker(out, g, firstWorker + g, i, firstEnterprise + i, enterpriseCounties[i], options.seed(), today, now,
								trainingHours);
					}
				}
				return out;
			}, out -> {
				StringBuilder workers = new StringBuilder();
				for (int k = 0; k < out.global.size(); k++) {
					long g = out.global.get(k);
					WorkerPlan plan = out.plans.get(k);
					String row = out.workerRows.get(k);
					ResidentId id = plan.residentId();
					for (int attempt = 1; !residentIds.add(key(id)); attempt++) {
						// The same person drawn twice: she keeps everything but gets another sequence number.
						id = ProvinceShape.redraw(plan, enterpriseCounties[out.enterprise.get(k)], options.seed(), g, attempt);
						row = null;
					}
					if (row == null) {
						row = workerRow(plan, id, firstWorker + g, firstEnterprise + out.enterprise.get(k),
								enterpriseCounties[out.enterprise.get(k)], out.created.get(k), today, trainingHours);
					}
					workers.append(row);
					workerNames[(int) g] = plan.name();
					workerEnterprise[(int) g] = out.enterprise.get(k);
					if (samples.size() < 20) {
						samples.put(firstWorker + g, id.value());
					}
				}
				copy(copy, workerColumns, workers.toString());
				copy(copy, "archive.employment (worker_id, enterprise_id, state, proposed_by_side, proposed_by, proposed_at, decided_by, "
						+ "decided_at)", out.employments.toString());
				copy(copy, "archive.revision (kind, subject_id, number, state, region_code, content_sealed, created_by, created_at, "
						+ "submitted_by, submitted_at, decided_by, decided_at, return_reason, released_at)", out.revisions.toString());
				copy(copy, "archive.background_check (worker_id, checked_on, valid_until, sealed, recorded_by, recorded_at)",
						out.checks.toString());
				counts[0] += out.global.size();
				counts[1] += out.revisionCount;
				counts[2] += out.checkCount;
			});
			rows.put("archive.worker", counts[0]);
			rows.put("archive.employment", counts[0]);
			rows.put("archive.revision (WORKER)", counts[1]);
			rows.put("archive.background_check", counts[2]);
			seconds.put("archive.worker + revisions, employments, checks", (System.nanoTime() - started) / 1e9);
			residentIds.clear();

			// Credit records.
			started = System.nanoTime();
			List<String[]> dropped = options.rebuildRecordIndexes() ? dropIndexes(connection) : List.of();
			double[] cumulative = new double[e];
			double sum = 0;
			for (int i = 0; i < e; i++) {
				// Larger enterprises draw more inspections and complaints, though not in proportion.
				sum += 1 + Math.sqrt(sizes[i]);
				cumulative[i] = sum;
			}
			double total = sum;
			double share = options.workers() == 0 ? 1 : ProvinceShape.enterpriseShare(e, options.workers());
			long records = options.records();
			long[] stateChanges = new long[1];
			ordered(pool, (int) ((records + RECORD_CHUNK - 1) / RECORD_CHUNK), chunk -> {
				long from = (long) chunk * RECORD_CHUNK;
				long to = Math.min(records, from + RECORD_CHUNK);
				StringBuilder out = new StringBuilder();
				StringBuilder log = new StringBuilder();
				long logged = 0;
				for (long r = from; r < to; r++) {
					RecordPlan plan = ProvinceShape.record(options.seed(), r, share, today);
					if (plan.kind().subject == ProvinceShape.SubjectKind.ENTERPRISE || options.workers() == 0) {
						int i = search(cumulative, plan.subjectDraw() * total);
						logged += record(out, log, firstRecord + r, r, plan, "ENTERPRISE", firstEnterprise + i, enterpriseNames[i],
								enterpriseCounties[i], firstEnterprise + i, options.positivePublicityMonths(), today, now);
					}
					else {
						int w = (int) Math.min(options.workers() - 1, (long) (plan.subjectDraw() * options.workers()));
						int i = workerEnterprise[w];
						logged += record(out, log, firstRecord + r, r, plan, "WORKER", firstWorker + w, workerNames[w], enterpriseCounties[i],
								null, options.positivePublicityMonths(), today, now);
					}
				}
				return new Object[] { out.toString(), log.toString(), logged };
			}, parts -> {
				copy(copy, "record.credit_record (id, subject_kind, subject_id, subject_name, type_code, direction, severity, "
						+ "source_organisation, document_number, decision_date, summary, region_code, enterprise_id, publicity_min_end, "
						+ "publicity_max_end, state, entered_by, entered_at, state_changed_at)", (String) parts[0]);
				copy(copy, "record.state_change (record_id, from_state, to_state, reason, changed_by, changed_role, changed_at)",
						(String) parts[1]);
				stateChanges[0] += (Long) parts[2];
			});
			rows.put("record.credit_record", records);
			rows.put("record.state_change", stateChanges[0]);
			seconds.put("record.credit_record + state_change", (System.nanoTime() - started) / 1e9);
			if (!dropped.isEmpty()) {
				started = System.nanoTime();
				rebuild(connection, dropped, pool);
				seconds.put("record indexes rebuilt", (System.nanoTime() - started) / 1e9);
			}
			started = System.nanoTime();
			try (Statement analyse = connection.createStatement()) {
				analyse.execute("ANALYZE archive.enterprise, archive.worker, archive.revision, archive.employment, "
						+ "archive.background_check, record.credit_record, record.state_change");
			}
			seconds.put("analyze", (System.nanoTime() - started) / 1e9);
			return new Report(rows, seconds, firstEnterprise, firstWorker, firstRecord, samples);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * bench/generate-province.sh: starts the application (on a random port: its security configuration needs the
	 * servlet stack, and nothing is served to anyone) on an embedded PostgreSQL
	 * with a persistent data directory (Flyway brings the schema up to date), loads the province and prints
	 * rows and seconds per table and the database's size. Options: --enterprises N --workers N --records N
	 * (default 100,000 / 900,000 / 10,000,000), --scale F (multiplies the three), --data DIR (default
	 * data/bench-pgdata), --seed N, --threads N, --fresh (empties DIR first; otherwise DIR must hold no
	 * enterprise yet).
	 */
	public static void main(String[] args) throws Exception {
		Map<String, String> given = new java.util.HashMap<>();
		for (int i = 0; i < args.length; i++) {
			String name = args[i].replaceFirst("^--", "");
			if (name.equals("fresh")) {
				given.put(name, "true");
			}
			else if (i + 1 < args.length) {
				given.put(name, args[++i]);
			}
			else {
				throw new IllegalArgumentException("no value for " + args[i]);
			}
		}
		double scale = Double.parseDouble(given.getOrDefault("scale", "1"));
		int enterprises = (int) Math.round(Long.parseLong(given.getOrDefault("enterprises", "100000")) * scale);
		long workers = Math.round(Long.parseLong(given.getOrDefault("workers", "900000")) * scale);
		long records = Math.round(Long.parseLong(given.getOrDefault("records", "10000000")) * scale);
		java.nio.file.Path data = java.nio.file.Path.of(given.getOrDefault("data", "data/bench-pgdata")).toAbsolutePath();
		if (given.containsKey("fresh") && java.nio.file.Files.exists(data)) {
			if (!java.nio.file.Files.exists(data.resolve("PG_VERSION"))) {
				throw new IllegalStateException(data + " is not a PostgreSQL data directory; not emptying it");
			}
			try (var paths = java.nio.file.Files.walk(data)) {
				for (java.nio.file.Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
					java.nio.file.Files.delete(path);
				}
			}
		}
		ProvinceLoader.Options options = ProvinceLoader.Options.of(enterprises, workers, records);
		if (given.containsKey("seed")) {
			options = options.withSeed(Long.parseLong(given.get("seed")));
		}
		if (given.containsKey("threads")) {
			options = new Options(options.enterprises(), options.workers(), options.records(), options.seed(), null,
					Integer.parseInt(given.get("threads")), options.positivePublicityMonths(), options.rebuildRecordIndexes());
		}
		long started = System.nanoTime();
		org.springframework.boot.SpringApplication application = new org.springframework.boot.SpringApplication(
				cn.jiazheng.credit.CreditPlatformApplication.class);
		try (org.springframework.context.ConfigurableApplicationContext context = application.run("--jiazheng.embedded-db.data-dir=" + data, "--server.port=0",
				"--logging.level.root=WARN", "--spring.main.banner-mode=off", "--jiazheng.archive.release-cron=-",
				"--jiazheng.record.expiry-cron=-")) {
			int positiveMonths = context.getEnvironment().getProperty("jiazheng.record.positive-publicity-months", Integer.class, 36);
			options = new Options(options.enterprises(), options.workers(), options.records(), options.seed(), null, options.threads(),
					positiveMonths, options.rebuildRecordIndexes());
			JdbcClientHolder jdbc = new JdbcClientHolder(context.getBean(DataSource.class));
			if (jdbc.count("SELECT count(*) FROM archive.enterprise") > 0) {
				System.err.println(data + " already holds enterprises: run with --fresh to start again");
				System.exit(2);
			}
			// The bench's own server only: fewer checkpoints while gigabytes arrive.
			jdbc.text("ALTER SYSTEM SET max_wal_size = '8GB'");
			jdbc.text("SELECT pg_reload_conf()");
			System.out.printf("Database ready in %.1f s (%s); loading %,d enterprises, %,d workers, %,d records with %d threads%n",
					(System.nanoTime() - started) / 1e9, data, enterprises, workers, records, options.threads());
			long loading = System.nanoTime();
			Report report = new ProvinceLoader(context.getBean(DataSource.class), context.getBean(FieldCipher.class),
					context.getBean(BlindIndex.class), context.getBean(JsonMapper.class), context.getBean(Clock.class)).load(options);
			double total = (System.nanoTime() - loading) / 1e9;
			// Back to the default, so the data directory does not keep gigabytes of WAL once loaded.
			jdbc.text("ALTER SYSTEM RESET max_wal_size");
			jdbc.text("SELECT pg_reload_conf()");
			jdbc.text("CHECKPOINT");
			report.seconds().forEach((step, seconds) -> System.out.printf("  %-50s %8.1f s%n", step, seconds));
			System.out.printf("  %-50s %8.1f s%n", "total", total);
			for (String table : List.of("archive.enterprise", "archive.worker", "archive.revision", "archive.employment",
					"archive.background_check", "record.credit_record", "record.state_change")) {
				System.out.printf("  %-28s %,12d rows %10s%n", table, jdbc.count("SELECT count(*) FROM " + table),
						jdbc.text("SELECT pg_size_pretty(pg_total_relation_size('" + table + "'))"));
			}
			System.out.println("  worker files by state: " + jdbc.text(
					"SELECT string_agg(coalesce(state, 'NOT_STARTED') || ' ' || n, ', ' ORDER BY state) FROM "
							+ "(SELECT state, count(*) AS n FROM archive.worker GROUP BY state) s"));
			System.out.println("  enterprise sizes: " + jdbc.text(
					"SELECT 'max ' || max(n) || ', median ' || percentile_disc(0.5) WITHIN GROUP (ORDER BY n) || ', p99 ' "
							+ "|| percentile_disc(0.99) WITHIN GROUP (ORDER BY n) || ', with 1 worker ' || count(*) FILTER (WHERE n = 1) "
							+ "FROM (SELECT count(*) AS n FROM archive.worker GROUP BY enterprise_id) s"));
			System.out.println("  enterprises per county: " + jdbc.text(
					"SELECT 'largest ' || max(n) || ', smallest ' || min(n) || ', counties ' || count(*) "
							+ "FROM (SELECT count(*) AS n FROM archive.enterprise GROUP BY region_code) s"));
			System.out.println("  records by type: " + jdbc.text(
					"SELECT string_agg(type_code || ' ' || n, ', ' ORDER BY n DESC) FROM "
							+ "(SELECT type_code, count(*) AS n FROM record.credit_record GROUP BY type_code) s"));
			System.out.println("  database size: " + jdbc.text("SELECT pg_size_pretty(pg_database_size(current_database()))"));
		}
	}

	/** Two tiny queries for the summary, without Spring's JDBC helpers in the loader proper. */
	private record JdbcClientHolder(DataSource dataSource) {

		long count(String sql) throws SQLException {
			return Long.parseLong(text(sql));
		}

		String text(String sql) throws SQLException {
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				if (!statement.execute(sql)) {
					return null;
				}
				try (ResultSet rs = statement.getResultSet()) {
					rs.next();
					return rs.getString(1);
				}
			}
		}
	}

	// ---------------------------------------------------------------- enterprises

	private void enterprise(EnterprisePlan plan, long id, long seed, Instant now, StringBuilder enterprises, StringBuilder revisions) {
		SplittableRandom random = new SplittableRandom(seed * 1_000_003L + plan.index() + 0x5DEECE66DL);
		String county = plan.county().code();
		Instant created = now.minusSeconds(86_400L * (30 + random.nextInt(3 * 365)) + random.nextInt(86_400));
		Instant submitted = created.plusSeconds(86_400L * (1 + random.nextInt(20)) + random.nextInt(36_000));
		Instant decided = submitted.plusSeconds(86_400L * (1 + random.nextInt(7)) + random.nextInt(36_000));
		String state = switch (plan.fate()) {
			case REGISTERED -> "DRAFT";
			case SUBMITTED -> "SUBMITTED";
			case RETURNED -> "RETURNED";
			case RELEASED -> "RELEASED";
		};
		boolean released = plan.fate() == ProvinceShape.EnterpriseFate.RELEASED;
		boolean submittedYet = plan.fate() != ProvinceShape.EnterpriseFate.REGISTERED;
		boolean decidedYet = plan.fate() == ProvinceShape.EnterpriseFate.RETURNED || released;
		Instant updated = decidedYet ? decided : submittedYet ? submitted : created;
		CopyText.row(enterprises, id, plan.code().value(), plan.name(), county, county, state, 1, released ? 1 : null, created, updated);
		EnterpriseFile file = submittedYet ? plan.file() : EnterpriseFile.started(plan.name(), cn.jiazheng.credit.region.RegionCode.of(county));
		String owner = ProvinceShape.ownerName(id);
		String regulator = ProvinceShape.regulatorName(county);
		CopyText.row(revisions, "ENTERPRISE", id, 1, state, county, json.writeValueAsString(file), regulator, created,
				submittedYet ? owner : null, submittedYet ? submitted : null, decidedYet ? regulator : null, decidedYet ? decided : null,
				plan.fate() == ProvinceShape.EnterpriseFate.RETURNED ? ProvinceShape.ENTERPRISE_RETURN_REASON : null,
				released ? decided : null);
	}

	// ---------------------------------------------------------------- workers

	/** One chunk's rows; worker rows are kept one by one so that a worker drawn twice can be redrawn in order. */
	private static final class WorkerChunk {

		final List<Long> global = new ArrayList<>();

		final List<Integer> enterprise = new ArrayList<>();

		final List<WorkerPlan> plans = new ArrayList<>();

		final List<String> workerRows = new ArrayList<>();

		final List<Instant> created = new ArrayList<>();

		final StringBuilder employments = new StringBuilder();

		final StringBuilder revisions = new StringBuilder();

		final StringBuilder checks = new StringBuilder();

		long revisionCount;

		long checkCount;
	}

	private void worker(WorkerChunk out, long global, long id, int enterpriseIndex, long enterpriseId, String county, long seed,
			LocalDate today, Instant now, boolean trainingHours) {
		SplittableRandom[] streams = ProvinceShape.workerStreams(seed, global);
		// The demo draws its employer first; here the employer is given, but the draw keeps the streams alike.
		streams[0].nextDouble();
		WorkerPlan plan = ProvinceShape.worker(streams[0], streams[1], county, today, List.of(OFFERED));
		SplittableRandom times = new SplittableRandom(seed * 1_000_003L + global + 0x9E3779B97F4A7C15L);
		Instant created = now.minusSeconds(86_400L * (20 + times.nextInt(2 * 365)) + times.nextInt(86_400));
		out.global.add(global);
		out.enterprise.add(enterpriseIndex);
		out.plans.add(plan);
		out.created.add(created);
		out.workerRows.add(workerRow(plan, plan.residentId(), id, enterpriseId, county, created, today, trainingHours));
		String keeper = ProvinceShape.ownerName(enterpriseId);
		String regulator = ProvinceShape.regulatorName(county);
		CopyText.row(out.employments, id, enterpriseId, "ACTIVE", "ENTERPRISE", keeper, created, keeper, created);
		Instant at = created;
		List<WorkerFile> revisions = plan.revisions();
		for (int n = 1; n <= revisions.size(); n++) {
			boolean last = n == revisions.size();
			String state = !last ? "SUPERSEDED" : switch (plan.fate()) {
				case DRAFT -> "DRAFT";
				case SUBMITTED -> "SUBMITTED";
				case RETURNED -> "RETURNED";
				default -> "RELEASED";
			};
			Instant opened = at.plusSeconds(3_600 + times.nextInt(86_400));
			Instant submitted = opened.plusSeconds(600 + times.nextInt(7 * 86_400));
			Instant decided = submitted.plusSeconds(3_600 + times.nextInt(5 * 86_400));
			boolean submittedYet = !state.equals("DRAFT");
			boolean decidedYet = submittedYet && !state.equals("SUBMITTED");
			boolean releasedYet = state.equals("RELEASED") || state.equals("SUPERSEDED");
			String sealed = cipher.encryptText(json.writeValueAsString(revisions.get(n - 1)), rules.revisionContext(id, n));
			CopyText.row(out.revisions, "WORKER", id, n, state, county, sealed, keeper, opened, submittedYet ? keeper : null,
					submittedYet ? submitted : null, decidedYet ? regulator : null, decidedYet ? decided : null,
					state.equals("RETURNED") ? plan.returnReason() : null, releasedYet ? decided : null);
			out.revisionCount++;
			at = decided;
		}
		BackgroundCheck check = plan.check();
		if (check != null) {
			BackgroundCheck stored = new BackgroundCheck(check.checkedOn(), check.authority().strip(), check.result(),
					check.result() == BackgroundResult.NOT_CLEAR ? check.category().strip() : null, check.validUntil());
			Instant recorded = min(now, check.checkedOn().plusDays(3).atTime(LocalTime.of(10, 0)).atZone(CHINA).toInstant());
			CopyText.row(out.checks, id, stored.checkedOn(), stored.validUntil(),
					cipher.encryptText(json.writeValueAsString(stored), rules.checkContext(id)), regulator, recorded);
			out.checkCount++;
		}
	}

	/** The worker's row as {@code WorkerSealing.seal} and the released-file columns make it. */
	private String workerRow(WorkerPlan plan, ResidentId residentId, long id, long enterpriseId, String county, Instant created,
			LocalDate today, boolean trainingHours) {
		String index = blindIndex.index(rules.idIndex, residentId.value());
		MobilePhone phone = plan.phone() == null ? null : MobilePhone.of(plan.phone());
		WorkerFile released = plan.released();
		BackgroundCheck check = plan.check();
		String state = plan.fate() == WorkerFate.NOT_STARTED ? null : plan.fate() == WorkerFate.DRAFT ? "DRAFT"
				: plan.fate().name();
		LocalDate health = released != null && released.healthExamination() != null
				&& released.healthExamination().result() == HealthResult.FIT ? released.healthExamination().validUntil() : null;
		List<Object> values = new ArrayList<>(List.of(id, index));
		values.add(cipher.encryptText(residentId.value(), rules.workerContext("resident_id", index)));
		values.add(residentId.masked());
		values.add(plan.name());
		values.add(residentId.gender().name());
		values.add(phone == null ? null : cipher.encryptText(phone.value(), rules.workerContext("phone", index)));
		values.add(phone == null ? null : phone.masked());
		values.add(county);
		values.add(enterpriseId);
		values.add(ProvinceShape.ownerName(enterpriseId));
		values.add(created);
		values.add(state);
		values.add(plan.revisions().size());
		values.add(released == null ? null : plan.revisions().size());
		values.add(created);
		values.add(released == null || released.skillLevel() == null ? null : released.skillLevel().name());
		values.add(health);
		values.add(released == null ? 0 : released.trainings().size());
		values.add(released == null ? null : released.insuredUntil());
		values.add(check != null && check.result() == BackgroundResult.CLEAR ? check.validUntil() : null);
		if (trainingHours) {
			values.add(released == null ? 0
					: released.trainings().stream().map(TrainingRecord::hours).filter(h -> h != null).mapToInt(Integer::intValue).sum());
		}
		StringBuilder line = new StringBuilder(512);
		CopyText.row(line, values.toArray());
		return line.toString();
	}

	private static long key(ResidentId id) {
		return Long.parseLong(id.value().substring(0, 17));
	}

	// ---------------------------------------------------------------- records

	/** One record and its state log as {@code CreditRecords.add} and, once publicity ended, the expiry job leave them. */
	private static int record(StringBuilder out, StringBuilder log, long id, long index, RecordPlan plan, String subjectKind,
			long subjectId, String subjectName, String county, Long enterpriseId, int positiveMonths, LocalDate today, Instant now) {
		RecordKind kind = plan.kind();
		Direction direction = DIRECTIONS.get(kind.typeCode());
		Severity severity = SEVERITIES.get(kind.typeCode());
		Publicity publicity = Publicity.of(direction, severity, plan.decisionDate(), positiveMonths);
		long draw = index * 2_654_435_761L >>> 7;
		String regulator = ProvinceShape.regulatorName(county);
		Instant entered = min(now, plan.decisionDate().plusDays(plan.daysToEntry()).atTime(LocalTime.of(9, 0))
			.plusSeconds(draw % 28_800).atZone(CHINA).toInstant());
		boolean expired = publicity.endedBy(today);
		Instant changed = expired ? min(now, publicity.maxEnd().plusDays(1).atTime(LocalTime.of(1, 0)).atZone(CHINA).toInstant()) : entered;
		CopyText.row(out, id, subjectKind, subjectId, subjectName, kind.typeCode(), direction.name(), severity.name(),
				ProvinceShape.source(kind, county, draw), ProvinceShape.documentNumber(kind, county, plan.decisionDate(), 1 + draw % 2_000),
				plan.decisionDate(), ProvinceShape.summary(kind, draw), county, enterpriseId, publicity.minEnd(), publicity.maxEnd(),
				expired ? "EXPIRED" : "ACTIVE", regulator, entered, changed);
		CopyText.row(log, id, null, "ACTIVE", "record.reason.entered", regulator, "REGULATOR", entered);
		if (expired) {
			CopyText.row(log, id, "ACTIVE", "EXPIRED", "record.reason.publicity-ended", "system", "SYSTEM", changed);
			return 2;
		}
		return 1;
	}

	/** The catalogue's direction and severity per type (record/V70_1), copied into each record at entry. */
	private static final Map<String, Direction> DIRECTIONS = new java.util.HashMap<>();

	private static final Map<String, Severity> SEVERITIES = new java.util.HashMap<>();

	static {
		catalogue("ADMIN_PENALTY_GENERAL", Severity.GENERAL);
		catalogue("ADMIN_PENALTY_SERIOUS", Severity.SERIOUS);
		catalogue("SERIOUS_DISHONESTY_LIST", Severity.SERIOUS);
		catalogue("DISHONEST_JUDGMENT_DEBTOR", Severity.SERIOUS);
		catalogue("ABNORMAL_OPERATION", Severity.GENERAL);
		catalogue("COMPLAINT_SUBSTANTIATED", Severity.GENERAL);
		catalogue("INSPECTION_PASSED", Severity.NONE);
		catalogue("INSPECTION_FAILED", Severity.MINOR);
		catalogue("RECTIFICATION_OVERDUE", Severity.GENERAL);
		catalogue("HONOUR", Severity.NONE);
		catalogue("CONTRACT_DISPUTE_LOST", Severity.GENERAL);
		catalogue("TRAINING_COMPLETED", Severity.NONE);
	}

	private static void catalogue(String code, Severity severity) {
		DIRECTIONS.put(code, severity == Severity.NONE ? Direction.POSITIVE : Direction.NEGATIVE);
		SEVERITIES.put(code, severity);
	}

	/** Reads the catalogue from the database instead, so a changed catalogue is followed; fails on a type the shape does not know. */
	private static void checkCatalogue(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT code, direction, severity FROM record.record_type")) {
			while (rs.next()) {
				String code = rs.getString(1);
				if (DIRECTIONS.containsKey(code) && (DIRECTIONS.get(code) != Direction.valueOf(rs.getString(2))
						|| SEVERITIES.get(code) != Severity.valueOf(rs.getString(3)))) {
					throw new IllegalStateException("record type " + code + " differs from the catalogue the loader knows");
				}
			}
		}
	}

	private static int search(double[] cumulative, double value) {
		int index = java.util.Arrays.binarySearch(cumulative, value);
		return Math.min(cumulative.length - 1, index >= 0 ? index : -index - 1);
	}

	// ---------------------------------------------------------------- database

	/** Reserves n ids of the table's sequence; returns the first. */
	private static long reserve(Connection connection, String table, long n) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			if (table.equals("record.credit_record")) {
				checkCatalogue(connection);
			}
			try (ResultSet rs = statement.executeQuery("SELECT pg_get_serial_sequence('" + table + "', 'id')")) {
				rs.next();
				String sequence = rs.getString(1);
				if (n == 0) {
					return 0;
				}
				try (ResultSet first = statement.executeQuery("SELECT nextval('" + sequence + "')")) {
					first.next();
					long start = first.getLong(1);
					statement.execute("SELECT setval('" + sequence + "', " + (start + n - 1) + ")");
					return start;
				}
			}
		}
	}

	private static boolean columnExists(Connection connection, String schema, String table, String column) throws SQLException {
		try (var statement = connection.prepareStatement(
				"SELECT 1 FROM information_schema.columns WHERE table_schema = ? AND table_name = ? AND column_name = ?")) {
			statement.setString(1, schema);
			statement.setString(2, table);
			statement.setString(3, column);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next();
			}
		}
	}

	/** The record tables' indexes that back no constraint: name and definition, to build again after loading. */
	private static List<String[]> dropIndexes(Connection connection) throws SQLException {
		List<String[]> dropped = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("""
						SELECT i.schemaname, i.indexname, i.indexdef FROM pg_indexes i
						 WHERE i.schemaname = 'record' AND i.tablename IN ('credit_record', 'state_change')
						   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (i.schemaname || '.' || i.indexname)::regclass)""")) {
			while (rs.next()) {
				dropped.add(new String[] { rs.getString(1) + "." + rs.getString(2), rs.getString(3) });
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String[] index : dropped) {
				statement.execute("DROP INDEX " + index[0]);
			}
		}
		return dropped;
	}

	private void rebuild(Connection connection, List<String[]> dropped, ExecutorService pool) throws Exception {
		// Two at a time: the machine has two cores, and each build sorts on its own.
		List<Future<?>> builds = new ArrayList<>();
		for (String[] index : dropped) {
			builds.add(pool.submit(() -> {
				try (Connection own = dataSource.getConnection(); Statement statement = own.createStatement()) {
					statement.execute("SET maintenance_work_mem = '256MB'");
					statement.execute(index[1]);
				}
				return null;
			}));
		}
		for (Future<?> build : builds) {
			build.get();
		}
	}

	private static void copy(CopyManager copy, String target, String rows) throws Exception {
		if (rows.isEmpty()) {
			return;
		}
		copy.copyIn("COPY " + target + " FROM STDIN", new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)));
	}

	/** Tasks run in parallel, their results consumed in task order, at most a few ahead so memory stays flat. */
	private static <T> void ordered(ExecutorService pool, int tasks, IntFunction<T> task, Consumer<T> consumer) throws Exception {
		int ahead = 3 * Runtime.getRuntime().availableProcessors();
		ArrayDeque<Future<T>> queue = new ArrayDeque<>();
		int next = 0;
		while (next < tasks || !queue.isEmpty()) {
			while (next < tasks && queue.size() < ahead) {
				int n = next++;
				queue.add(pool.submit(() -> task.apply(n)));
			}
			consumer.accept(queue.poll().get());
		}
	}

	@FunctionalInterface
	private interface Consumer<T> {

		void accept(T value) throws Exception;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	/**
	 * The archive's own sealing rules, reached reflectively because they are internal to it: the blind
	 * index's name, the associated data of a worker's sealed columns, of a worker-file revision and of a
	 * background check. Nothing here restates a rule.
	 */
	static final class ArchiveRules {

		final String idIndex;

		private final Method workerContext;

		private final Method revisionContext;

		private final Method checkContext;

		ArchiveRules() {
			try {
				Field index = Class.forName("cn.jiazheng.credit.archive.internal.WorkerRegistry").getDeclaredField("ID_INDEX");
				index.setAccessible(true);
				idIndex = (String) index.get(null);
				workerContext = method("WorkerSealing", String.class, String.class);
				revisionContext = method("WorkerFileService", long.class, int.class);
				checkContext = method("BackgroundCheckRegistry", long.class);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("the archive's sealing rules moved; follow them here", ex);
			}
		}

		private static Method method(String type, Class<?>... parameters) throws ReflectiveOperationException {
			Method method = Class.forName("cn.jiazheng.credit.archive.internal." + type).getDeclaredMethod("context", parameters);
			method.setAccessible(true);
			return method;
		}

		String workerContext(String column, String index) {
			return invoke(workerContext, column, index);
		}

		String revisionContext(long worker, int number) {
			return invoke(revisionContext, worker, number);
		}

		String checkContext(long worker) {
			return invoke(checkContext, worker);
		}

		private static String invoke(Method method, Object... arguments) {
			try {
				return (String) method.invoke(null, arguments);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}
}
