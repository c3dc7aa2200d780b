package cn.jiazheng.credit.archive.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.importing.ImportBatch;
import cn.jiazheng.credit.importing.ImportState;
import cn.jiazheng.credit.importing.Imports;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large file of workers: validated, staged and applied in chunks (memory bounded, see
 * bench/worker-import-memory.sh), every one registered once, and the same file again registers
 * nobody. The workers belong to an enterprise of their own (长安区), out of the way of other tests.
 * 100,000 rows, as the issue asks: about 35 s on the shared 2-core machine (80 s when four builds run
 * at once). For a quicker local run: {@code -Djiazheng.test.import-rows=20000}.
 */
@PlatformTest
class WorkerImportScaleTest {

	static final int ROWS = Integer.getInteger("jiazheng.test.import-rows", 100_000);

	private static final Actor ADMIN = new Actor(1, "admin", "平台管理员", Role.PLATFORM_ADMIN, null, null);

	@Autowired
	Imports imports;

	@Autowired
	Workers workers;

	@Autowired
	EnterpriseFiles files;

	@Autowired
	JdbcClient jdbc;

	@Test
	void manyWorkersImportOnceAndTheSameFileAgainAddsNobody() throws IOException {
		RegionCode county = RegionCode.of("610116");
		long enterprise = files.register(ADMIN, CreditCode.generate(county, new SplittableRandom()).value(), "规模测试家政服务有限公司",
				county.value());
		Actor by = new Actor(0, "scale-importer", "规模测试", Role.ENTERPRISE_ADMIN, county, enterprise);
		Path csv = Files.createTempFile("workers-", ".csv");
		try {
			write(csv, 0, ROWS, 0);
			long started = System.nanoTime();
			ImportBatch batch = imports.upload(by, "WORKER", "大批量.csv", csv, Locale.SIMPLIFIED_CHINESE);
			long validated = System.nanoTime();
			assertThat(batch.totalRows()).isEqualTo(ROWS);
			assertThat(batch.validRows()).as(() -> imports.rows(by, batch.id(), true, 0, 3).toString()).isEqualTo(ROWS);
			ImportBatch applied = imports.apply(by, batch.id(), Locale.SIMPLIFIED_CHINESE);
			long done = System.nanoTime();
			System.out.printf("worker import of %,d rows: validate %.1f s, apply %.1f s%n", ROWS, (validated - started) / 1e9,
					(done - validated) / 1e9);
			assertThat(applied.state()).isEqualTo(ImportState.APPLIED);
			assertThat(applied.appliedRows()).isEqualTo(ROWS);
			assertThat(kept(enterprise)).isEqualTo(ROWS);
			assertThat(jdbc.sql("SELECT count(DISTINCT resident_id_index) FROM archive.worker WHERE enterprise_id = ?")
				.param(enterprise).query(Long.class).single()).as("no one twice").isEqualTo(ROWS);
			assertThat(jdbc.sql("SELECT count(*) FROM archive.employment WHERE enterprise_id = ? AND state = 'ACTIVE'")
				.param(enterprise).query(Long.class).single()).isEqualTo(ROWS);
			for (int i : new int[] { 0, ROWS / 2, ROWS - 1 }) {
				String number = ResidentIdGenerator.number(0, i);
				assertThat(workers.search(by, number, 0, 2)).as(number).singleElement()
					.satisfies(w -> assertThat(w.maskedResidentId()).isEqualTo(ResidentId.of(number).masked()));
				assertThat(workers.reveal(by, workers.search(by, number, 0, 2).get(0).id()).phone().value())
					.isEqualTo(ResidentIdGenerator.phone(i));
			}

			long again = System.nanoTime();
			ImportBatch second = imports.upload(by, "WORKER", "大批量.csv", csv, Locale.SIMPLIFIED_CHINESE);
			assertThat(second.validRows()).isZero();
			assertThat(second.registeredRows()).isEqualTo(ROWS);
			assertThat(imports.apply(by, second.id(), Locale.SIMPLIFIED_CHINESE).appliedRows()).isZero();
			System.out.printf("the same file again: %.1f s%n", (System.nanoTime() - again) / 1e9);
			assertThat(kept(enterprise)).isEqualTo(ROWS);
		}
		finally {
			Files.delete(csv);
		}
	}

	private long kept(long enterprise) {
		return jdbc.sql("SELECT count(*) FROM archive.worker WHERE enterprise_id = ?").param(enterprise).query(Long.class).single();
	}

	/** {@code rows} people of a series of generated ID numbers, written as they are made. */
	static void write(Path csv, int series, int rows, int phoneSeries) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write("\uFEFF姓名,公民身份号码,手机号码\r\n");
			for (int i = 0; i < rows; i++) {
				out.write("规模测试" + i + "," + ResidentIdGenerator.number(series, i) + "," + ResidentIdGenerator.phone(phoneSeries * 1_000_000 + i)
						+ "\r\n");
			}
		}
	}
}
