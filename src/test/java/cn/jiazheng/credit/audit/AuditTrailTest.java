package cn.jiazheng.credit.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The trail against the real database. Other test classes write to the same trail, so every assertion
 * is relative to what was there before.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailTest {

	private static final String REFUSED = "审计日志只能追加，不能修改或删除";

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private long head() {
		return jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit.entry").query(Long.class).single();
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM audit.entry").query(Long.class).single();
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID();
	}

	@Test
	void recordedEntriesFormAnIntactChainAndAreReadBack() {
		long before = queries.verify().entriesChecked();
		long headBefore = head();
		String action = unique("audit.test.record");
		AuditActor admin = AuditActor.simple("admin-" + action, "PLATFORM_ADMIN", "150600");

		trail.record(AuditEvent.success(admin, action, "region", "150602").with("field", "name"));
		trail.record(AuditEvent.failure(admin, action, "region", 42).with("reason", "duplicate"));
		trail.record(AuditEvent.success(AuditActor.SYSTEM, action, null, null));

		ChainReport report = queries.verify();
		assertThat(report.intact()).isTrue();
		assertThat(report.entriesChecked()).isEqualTo(before + 3);
		assertThat(report.headSequence()).isEqualTo(headBefore + 3);
		assertThat(report.firstBrokenSequence()).isNull();

		AuditEntryPage page = queries.search(new AuditFilter(null, action, null, null, null), 0, 10);
		assertThat(page.total()).isEqualTo(3);
		assertThat(page.entries()).extracting(AuditEntryView::sequence)
			.containsExactly(headBefore + 3, headBefore + 2, headBefore + 1);
		AuditEntryView first = page.entries().get(2);
		assertThat(first.actor()).isEqualTo(admin.auditName());
		assertThat(first.role()).isEqualTo("PLATFORM_ADMIN");
		assertThat(first.territory()).isEqualTo("150600");
		assertThat(first.targetType()).isEqualTo("region");
		assertThat(first.targetId()).isEqualTo("150602");
		assertThat(first.outcome()).isEqualTo(AuditOutcome.SUCCESS);
		assertThat(first.details()).containsExactly(Map.entry("field", "name"));
		assertThat(page.entries().get(0).prevHash()).isEqualTo(page.entries().get(1).hash());

		assertThat(queries.search(new AuditFilter(admin.auditName(), action, AuditOutcome.FAILURE, null, null), 0, 10)
			.entries()).extracting(AuditEntryView::targetId).containsExactly("42");
		assertThat(queries.search(new AuditFilter(null, action, null, Instant.now().plusSeconds(60), null), 0, 10).total())
			.isZero();
		assertThat(queries.search(new AuditFilter(null, action, null, null, first.occurredAt()), 0, 10).total())
			.isZero();
	}

	@Test
	void countsAndFailuresSinceAnInstant() {
		Instant since = Instant.now().minusMillis(1);
		long count = queries.countSince(since);
		long failures = queries.failuresSince(since);
		String action = unique("audit.test.count");

		trail.record(AuditEvent.success(AuditActor.SYSTEM, action, null, null));
		trail.record(AuditEvent.failure(AuditActor.ANONYMOUS, action, null, null));
		trail.record(AuditEvent.failure(AuditActor.ANONYMOUS, action, null, null));

		assertThat(queries.countSince(since)).isEqualTo(count + 3);
		assertThat(queries.failuresSince(since)).isEqualTo(failures + 2);
		assertThat(queries.countSince(Instant.now().plusSeconds(60))).isZero();
	}

	@Test
	void anEntryCommitsWithTheCallersTransactionOrNotAtAll() {
		long count = count();
		long head = head();
		String action = unique("audit.test.rollback");

		transactions.executeWithoutResult(status -> {
			trail.record(AuditEvent.success(AuditActor.SYSTEM, action, null, null));
			// Joined the caller's transaction: visible inside it before the commit.
			assertThat(count()).isEqualTo(count + 1);
			status.setRollbackOnly();
		});

		assertThat(count()).isEqualTo(count);
		assertThat(head()).isEqualTo(head);
		assertThat(queries.search(new AuditFilter(null, action, null, null, null), 0, 10).total()).isZero();

		// No gap either: the next entry takes the sequence number the rolled-back one had.
		trail.record(AuditEvent.success(AuditActor.SYSTEM, action, null, null));
		assertThat(head()).isEqualTo(head + 1);
		assertThat(queries.verify().intact()).isTrue();
	}

	@Test
	void concurrentRecordsFormOneChainWithoutDuplicateSequenceNumbers() throws Exception {
		long count = count();
		long head = head();
		String action = unique("audit.test.concurrent");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Void>> writers = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				AuditActor actor = AuditActor.simple("writer-" + t, "SYSTEM", null);
				writers.add(() -> {
					for (int i = 0; i < 50; i++) {
						trail.record(AuditEvent.success(actor, action, "n", i));
					}
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(writers, 2, TimeUnit.MINUTES)) {
				done.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(count()).isEqualTo(count + 200);
		List<Long> sequences = jdbc.sql("SELECT seq FROM audit.entry WHERE action = :action ORDER BY seq")
			.param("action", action)
			.query(Long.class)
			.list();
		assertThat(sequences).hasSize(200).doesNotHaveDuplicates();
		assertThat(sequences.get(0)).isEqualTo(head + 1);
		assertThat(sequences.get(199)).isEqualTo(head + 200);
		assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE action = :action GROUP BY actor")
			.param("action", action)
			.query(Long.class)
			.list()).containsExactly(50L, 50L, 50L, 50L);
		// Worker threads have no HTTP request, hence no client address.
		assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE action = :action AND client_address IS NULL")
			.param("action", action)
			.query(Long.class)
			.single()).isEqualTo(200);
		ChainReport report = queries.verify();
		assertThat(report.intact()).isTrue();
		assertThat(report.headSequence()).isEqualTo(head + 200);
	}

	@Test
	void sensitiveDetailsAreMaskedBeforeTheyAreStored() {
		String action = unique("audit.test.mask");
		trail.record(AuditEvent.success(AuditActor.SYSTEM, action, "worker", 9)
			.with("idNumber", "11010519491231002X")
			.with("note", "联系电话 13812345678，旧证 110105491231002")
			.with("password", "hunter2")
			.with("apiToken", "tok-123")
			.with("count", 3));

		String stored = jdbc.sql("SELECT details::text FROM audit.entry WHERE action = :action")
			.param("action", action)
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain("11010519491231002X", "13812345678", "110105491231002", "hunter2", "tok-123");
		AuditEntryView entry = queries.search(new AuditFilter(null, action, null, null, null), 0, 1).entries().get(0);
		assertThat(entry.details()).containsEntry("idNumber", "1101************2X")
			.containsEntry("note", "联系电话 138****5678，旧证 1101*********02")
			.containsEntry("password", "***")
			.containsEntry("apiToken", "***")
			.containsEntry("count", "3");
		assertThat(queries.verify().intact()).isTrue();
	}

	@Test
	void theClientAddressComesFromTheCurrentRequest() {
		String action = unique("audit.test.client");
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("203.0.113.7");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			trail.record(AuditEvent.success(AuditActor.ANONYMOUS, action, null, null));
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
		assertThat(queries.search(new AuditFilter(null, action, null, null, null), 0, 1).entries().get(0).clientAddress())
			.isEqualTo("203.0.113.7");
	}

	@Test
	void theDatabaseRefusesUpdateDeleteAndTruncate() {
		trail.record(AuditEvent.success(AuditActor.SYSTEM, unique("audit.test.refuse"), null, null));
		long seq = head();
		String actor = jdbc.sql("SELECT actor FROM audit.entry WHERE seq = :seq").param("seq", seq).query(String.class).single();

		assertThatThrownBy(() -> jdbc.sql("UPDATE audit.entry SET actor = 'mallory' WHERE seq = :seq")
			.param("seq", seq)
			.update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining(REFUSED);
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit.entry WHERE seq = :seq").param("seq", seq).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining(REFUSED);
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit.entry").update()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining(REFUSED);

		assertThat(jdbc.sql("SELECT actor FROM audit.entry WHERE seq = :seq").param("seq", seq).query(String.class).single())
			.isEqualTo(actor);
		assertThat(queries.verify().intact()).isTrue();
	}
}
