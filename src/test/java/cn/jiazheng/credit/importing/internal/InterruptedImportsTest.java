package cn.jiazheng.credit.importing.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.FreshResidentIds;
import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.importing.ImportBatch;
import cn.jiazheng.credit.importing.ImportState;
import cn.jiazheng.credit.importing.Imports;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch whose instance stopped in the middle (bench/fault-kill-import.sh kills one with -9) is put back
 * where the uploader can act on it; a batch another instance is still applying is left alone.
 */
@PlatformTest
class InterruptedImportsTest {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	Imports imports;

	@Autowired
	InterruptedImports interrupted;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	Actor qiye;

	@BeforeEach
	void enterprise() {
		qiye = new Actor(5, "qiye", "企业管理员", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), demo.seedCast().demoEnterprise());
	}

	@Test
	void anApplyThatDiedWithItsInstanceIsReadyToBeAppliedAgainAndThenSavesEveryRowOnce() throws Exception {
		ImportBatch batch = upload();
		// What a kill -9 during the apply leaves: the progress of a transaction that was rolled back.
		jdbc.sql("UPDATE importing.import_batch SET progress_phase = 'APPLYING', progress_done = 1 WHERE id = ?").param(batch.id()).update();

		interrupted.recover();

		assertThat(phase(batch.id())).as("no longer shown as applying").isNull();
		assertThat(imports.apply(qiye, batch.id(), ZH).state()).isEqualTo(ImportState.APPLIED);
		assertThat(imports.get(qiye, batch.id()).appliedRows()).isEqualTo(2);
	}

	@Test
	void anApplyStillRunningOnAnotherInstanceIsLeftAlone() throws Exception {
		ImportBatch batch = upload();
		jdbc.sql("UPDATE importing.import_batch SET progress_phase = 'APPLYING' WHERE id = ?").param(batch.id()).update();
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			Future<?> applying = other.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
				jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(0x494D504F00000000L ^ batch.id()).query((rs, n) -> 1).list();
				locked.countDown();
				try {
					done.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
			interrupted.recover();
			assertThat(phase(batch.id())).as("its lock is held: the apply is alive").isEqualTo("APPLYING");
			done.countDown();
			applying.get(30, TimeUnit.SECONDS);
		}
		finally {
			other.shutdownNow();
		}
	}

	@Test
	void aValidationSilentForTenMinutesIsDroppedWithItsStagedRowsAndAFreshOneIsNot() throws Exception {
		ImportBatch dead = upload();
		ImportBatch alive = upload();
		jdbc.sql("UPDATE importing.import_batch SET state = 'VALIDATING', progress_at = now() - interval '11 minutes' WHERE id = ?")
			.param(dead.id()).update();
		jdbc.sql("UPDATE importing.import_batch SET state = 'VALIDATING', progress_at = now() - interval '1 minute' WHERE id = ?")
			.param(alive.id()).update();

		interrupted.recover();

		assertThat(count("importing.import_batch", dead.id(), "id")).isZero();
		assertThat(count("importing.import_row", dead.id(), "batch_id")).as("its staged rows go with it").isZero();
		assertThat(count("importing.import_batch", alive.id(), "id")).isEqualTo(1);
		assertThat(count("importing.import_row", alive.id(), "batch_id")).isEqualTo(2);
	}

	private ImportBatch upload() throws Exception {
		Path file = Files.createTempFile("interrupted-", ".csv");
		try {
			Files.writeString(file, "姓名,公民身份号码,手机号码\n柳青," + FreshResidentIds.of("610113", Gender.FEMALE).value() + ",13912340001\n"
					+ "周敏," + FreshResidentIds.of("610113", Gender.FEMALE).value() + ",13912340002\n", StandardCharsets.UTF_8);
			return imports.upload(qiye, "WORKER", "服务员.csv", file, ZH);
		}
		finally {
			Files.delete(file);
		}
	}

	private String phase(long id) {
		return jdbc.sql("SELECT progress_phase FROM importing.import_batch WHERE id = ?").param(id).query(String.class).optional().orElse(null);
	}

	private long count(String table, long id, String column) {
		return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = ?").param(id).query(Long.class).single();
	}
}
