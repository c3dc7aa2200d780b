package cn.jiazheng.credit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import cn.jiazheng.credit.CreditPlatformApplication;
import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.importing.ImportBatch;
import cn.jiazheng.credit.importing.Imports;
import cn.jiazheng.credit.rating.RatingRun;
import cn.jiazheng.credit.rating.Ratings;
import cn.jiazheng.credit.rating.RunKind;
import cn.jiazheng.credit.region.RegionCode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The processes of the fault scripts (bench/fault-*.sh), each a separate JVM so that the script can
 * {@code kill -9} it at the moment it chooses:
 *
 * <ul>
 * <li>{@code db --data DIR --port N}: a standalone PostgreSQL 18 (zonky's binaries) on a persistent data
 * directory, as a database server apart from the application; stops it cleanly on SIGTERM.</li>
 * <li>{@code import-start --url JDBC --rows N --csv FILE}: an enterprise uploads a generated worker file
 * of N rows and applies it; prints {@code BATCH id} before applying.</li>
 * <li>{@code import-finish --url JDBC --batch ID [--csv FILE]}: after a crash, applies the batch if it is
 * still VALIDATED; if it never finished validating, uploads the file again and applies that.</li>
 * <li>{@code rating-start --url JDBC --territory T}: starts a FULL run and waits for it; prints
 * {@code RUN id}.</li>
 * <li>{@code rating-finish --url JDBC --run ID}: a new instance waits until its resumption job has finished
 * the run.</li>
 * <li>{@code serve --url JDBC --confirmed FILE}: the web application, plus a writer that registers an
 * enterprise every 50 ms through the service and appends each id to FILE once the call has returned
 * (committed: confirmed), in {@code --writer-county} (610113). With {@code --seed}, first the demo accounts and 40 demo enterprises.</li>
 * </ul>
 * Every application mode takes further {@code --spring.property=value} arguments as they are.
 */
public final class FaultDriver {

	private static final Actor ADMIN = new Actor(1, "admin", "平台管理员", Role.PLATFORM_ADMIN, null, null);

	private static final RegionCode COUNTY = RegionCode.of("610113");

	private FaultDriver() {
	}

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "db" -> db(args);
			case "import-start" -> importStart(args);
			case "import-finish" -> importFinish(args);
			case "rating-start" -> ratingStart(args);
			case "rating-finish" -> ratingFinish(args);
			case "serve" -> serve(args);
			default -> throw new IllegalArgumentException("unknown mode " + args[0]);
		}
	}

	private static void db(String[] args) throws Exception {
		Path dir = Path.of(option(args, "--data", "data/fault-pgdata")).toAbsolutePath();
		Files.createDirectories(dir);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setPort(Integer.parseInt(option(args, "--port", "15432")))
			.setServerConfig("max_connections", "200")
			.setServerConfig("timezone", "UTC")
			// As a production server: zonky's test defaults (-F, synchronous_commit=off) would lose the
			// last commits in a crash, and the restart script checks that nothing confirmed is lost.
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C")
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				ex.printStackTrace();
			}
		}));
		System.out.println("DB READY " + postgres.getPort());
		System.out.flush();
		Thread.currentThread().join();
	}

	private static ConfigurableApplicationContext application(String[] args, String... more) {
		List<String> given = new ArrayList<>(List.of("--spring.datasource.url=" + option(args, "--url", null),
				"--spring.datasource.username=postgres", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.level.cn.jiazheng=INFO", "--jiazheng.archive.release-cron=-", "--jiazheng.record.expiry-cron=-"));
		given.addAll(List.of(more));
		for (String arg : args) {
			if (arg.startsWith("--spring.") || arg.startsWith("--jiazheng.") || arg.startsWith("--server.")
					|| arg.startsWith("--logging.")) {
				given.add(arg);
			}
		}
		return new SpringApplication(CreditPlatformApplication.class).run(given.toArray(String[]::new));
	}

	private static void importStart(String[] args) throws Exception {
		int rows = Integer.parseInt(option(args, "--rows", "20000"));
		Path csv = Path.of(option(args, "--csv", "target/fault-import.csv"));
		try (ConfigurableApplicationContext context = application(args, "--server.port=0")) {
			long enterprise = context.getBean(EnterpriseFiles.class).register(ADMIN,
					CreditCode.generate(COUNTY, new SplittableRandom()).value(), "故障测试家政" + System.nanoTime(), COUNTY.value());
			// Each crash of a script draws its ID numbers from a county of its own, so that its workers are new.
			WorkerCsv.write(csv, rows, RegionCode.of(option(args, "--id-county", "110101")), "故障测试", new SplittableRandom(System.nanoTime()),
					new HashSet<>());
			Actor by = importer(enterprise);
			Imports imports = context.getBean(Imports.class);
			System.out.println("ENTERPRISE " + enterprise);
			System.out.flush();
			ImportBatch batch = imports.upload(by, "WORKER", "fault.csv", csv, Locale.SIMPLIFIED_CHINESE);
			System.out.println("BATCH " + batch.id() + " " + batch.state() + " valid " + batch.validRows());
			System.out.flush();
			ImportBatch applied = imports.apply(by, batch.id(), Locale.SIMPLIFIED_CHINESE);
			System.out.println("APPLIED " + applied.appliedRows());
		}
	}

	private static void importFinish(String[] args) throws Exception {
		long enterprise = Long.parseLong(option(args, "--enterprise", null));
		Path csv = Path.of(option(args, "--csv", "target/fault-import.csv"));
		try (ConfigurableApplicationContext context = application(args, "--server.port=0")) {
			Actor by = importer(enterprise);
			Imports imports = context.getBean(Imports.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			List<Long> validated = jdbc.sql("SELECT id FROM importing.import_batch WHERE actor_enterprise = ? AND state = 'VALIDATED'")
				.param(1, enterprise).query(Long.class).list();
			long batch;
			if (validated.isEmpty()) {
				System.out.println("no validated batch: uploading the file again");
				batch = imports.upload(by, "WORKER", "fault.csv", csv, Locale.SIMPLIFIED_CHINESE).id();
			}
			else {
				batch = validated.get(0);
			}
			ImportBatch applied = imports.apply(by, batch, Locale.SIMPLIFIED_CHINESE);
			System.out.println("APPLIED " + applied.appliedRows() + " of batch " + batch);
		}
	}

	private static Actor importer(long enterprise) {
		return new Actor(0, "fault-importer-" + enterprise, "故障测试", Role.ENTERPRISE_ADMIN, COUNTY, enterprise);
	}

	private static void ratingStart(String[] args) throws Exception {
		try (ConfigurableApplicationContext context = application(args, "--server.port=0")) {
			Ratings ratings = context.getBean(Ratings.class);
			RatingRun run = ratings.start(ADMIN, "ordos-enterprise", null, RunKind.FULL, RegionCode.of(option(args, "--territory", "61")));
			System.out.println("RUN " + run.id() + " total " + run.total());
			System.out.flush();
			while (!(run = ratings.run(ADMIN, run.id())).finished()) {
				Thread.sleep(100);
			}
			System.out.println("FINISHED " + run.state() + " done " + run.done() + " skipped " + run.skipped());
		}
	}

	/** A fresh instance: its resumption job takes up the run once the dead executor's lease has run out. */
	private static void ratingFinish(String[] args) throws Exception {
		long id = Long.parseLong(option(args, "--run", null));
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = application(args, "--server.port=0", "--jiazheng.rating.resume-after=PT0S",
				"--jiazheng.rating.resume-every=PT1S")) {
			Ratings ratings = context.getBean(Ratings.class);
			RatingRun run;
			while (!(run = ratings.run(ADMIN, id)).finished()) {
				Thread.sleep(200);
			}
			System.out.printf("FINISHED %s done %d skipped %d, %.1f s after the restart%n", run.state(), run.done(), run.skipped(),
					(System.nanoTime() - started) / 1e9);
		}
	}

	private static void serve(String[] args) throws Exception {
		Path confirmed = Path.of(option(args, "--confirmed", "target/fault-confirmed.txt"));
		ConfigurableApplicationContext context = application(args);
		EnterpriseFiles files = context.getBean(EnterpriseFiles.class);
		if (List.of(args).contains("--seed")) {
			context.getBean(DemoData.class).seedCast();
			context.getBean(DemoData.class).seedProvince(40, 4004);
		}
		System.out.println("APP READY");
		System.out.flush();
		SplittableRandom random = new SplittableRandom();
		RegionCode county = RegionCode.of(option(args, "--writer-county", COUNTY.value()));
		long failures = 0;
		while (context.isActive()) {
			try {
				long id = files.register(ADMIN, CreditCode.generate(county, random).value(), "写入测试家政" + System.nanoTime(),
						county.value());
				Files.writeString(confirmed, id + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			}
			catch (RuntimeException ex) {
				if (failures++ % 20 == 0) {
					System.out.println("WRITE FAILED (" + failures + " so far): " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
					System.out.flush();
				}
			}
			Thread.sleep(50);
		}
	}

	static String option(String[] args, String name, String fallback) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		if (fallback == null) {
			throw new IllegalArgumentException("missing " + name);
		}
		return fallback;
	}
}
