package cn.jiazheng.credit.audit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.audit.AuditEntryView;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditFilter;
import cn.jiazheng.credit.audit.AuditQueries;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.audit.ChainReport;
import cn.jiazheng.credit.audit.ChainReport.BreakReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone with superuser rights disables the append-only triggers and rewrites history; verification
 * must name the first broken entry. Each tampering happens inside a transaction that is rolled back, so
 * the row and the triggers are restored by the database itself even when an assertion fails, and the
 * other tests sharing this database keep an intact chain.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTamperTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	/** Five fresh entries, oldest first; only these are tampered with. */
	private List<AuditEntryView> ours;

	@BeforeEach
	void recordOwnEntries() {
		String action = "audit.test.tamper-" + UUID.randomUUID();
		for (int i = 1; i <= 5; i++) {
			trail.record(AuditEvent.success(AuditActor.simple("clerk", "REGULATOR", "150600"), action, "record", i));
		}
		ours = new ArrayList<>(queries.search(new AuditFilter(null, action, null, null, null), 0, 5).entries());
		Collections.reverse(ours);
		assertThat(ours).hasSize(5);
		assertThat(queries.verify().intact()).isTrue();
	}

	private ChainReport verifyWhileTampered(Consumer<JdbcClient> tampering) {
		ChainReport report = transactions.execute(status -> {
			status.setRollbackOnly();
			jdbc.sql("ALTER TABLE audit.entry DISABLE TRIGGER ALL").update();
			try {
				tampering.accept(jdbc);
				return queries.verify();
			}
			finally {
				jdbc.sql("ALTER TABLE audit.entry ENABLE TRIGGER ALL").update();
			}
		});
		ChainReport restored = queries.verify();
		assertThat(restored.intact()).as("chain restored after the test: %s", restored).isTrue();
		return report;
	}

	@Test
	void anAlteredActorIsReportedAtExactlyThatEntry() {
		long third = ours.get(2).sequence();

		ChainReport report = verifyWhileTampered(db -> assertThat(
				db.sql("UPDATE audit.entry SET actor = 'mallory' WHERE seq = :seq").param("seq", third).update())
			.isEqualTo(1));

		assertThat(report.intact()).isFalse();
		assertThat(report.firstBrokenSequence()).isEqualTo(third);
		assertThat(report.foundSequence()).isEqualTo(third);
		assertThat(report.reason()).isEqualTo(BreakReason.ALTERED);
		assertThat(report.entriesChecked()).isEqualTo(third - 1);
		assertThat(jdbc.sql("SELECT actor FROM audit.entry WHERE seq = :seq").param("seq", third).query(String.class).single())
			.isEqualTo("clerk");
	}

	@Test
	void aChangedTimestampIsReportedEvenByOneMicrosecond() {
		long second = ours.get(1).sequence();

		ChainReport report = verifyWhileTampered(db -> db
			.sql("UPDATE audit.entry SET occurred_at = occurred_at + interval '1 microsecond' WHERE seq = :seq")
			.param("seq", second)
			.update());

		assertThat(report.firstBrokenSequence()).isEqualTo(second);
		assertThat(report.reason()).isEqualTo(BreakReason.ALTERED);
	}

	@Test
	void aDeletedMiddleEntryIsReportedAsMissing() {
		long third = ours.get(2).sequence();

		ChainReport report = verifyWhileTampered(
				db -> db.sql("DELETE FROM audit.entry WHERE seq = :seq").param("seq", third).update());

		assertThat(report.intact()).isFalse();
		assertThat(report.reason()).isEqualTo(BreakReason.MISSING);
		assertThat(report.firstBrokenSequence()).isEqualTo(third);
		assertThat(report.foundSequence()).isEqualTo(third + 1);
		assertThat(report.entriesChecked()).isEqualTo(third - 1);
	}

	@Test
	void anEntryRewrittenWithARecomputedHashBreaksTheLinkToItsSuccessor() {
		AuditEntryView third = ours.get(2);
		AuditEntryView forged = new AuditEntryView(third.sequence(), third.occurredAt(), "mallory", third.role(),
				third.territory(), third.action(), third.targetType(), third.targetId(), third.outcome(),
				third.clientAddress(), third.details(), third.prevHash(), null);

		ChainReport report = verifyWhileTampered(db -> db
			.sql("UPDATE audit.entry SET actor = 'mallory', hash = :hash WHERE seq = :seq")
			.param("hash", AuditEntryCodec.hash(forged))
			.param("seq", third.sequence())
			.update());

		assertThat(report.reason()).isEqualTo(BreakReason.RELINKED);
		assertThat(report.firstBrokenSequence()).isEqualTo(third.sequence() + 1);
	}
}
