package cn.jiazheng.credit.audit.internal;

import cn.jiazheng.credit.platform.Unscoped;

import cn.jiazheng.credit.platform.SensitiveText;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.audit.AuditEntryView;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends entries to the one SM3 hash chain ({@code audit.entry}).
 *
 * <p>
 * An entry is written in the caller's transaction, so the change and its entry commit together or not at
 * all, and a rolled-back transaction leaves neither (nor a gap in the sequence numbers).
 *
 * <p>
 * <b>Cost:</b> one chain needs one writer at a time. Each append takes the transaction-scoped advisory lock
 * {@link #CHAIN_LOCK}, reads the head (sequence, hash) and inserts the next entry; the lock is held until
 * the caller's transaction ends. Audited transactions therefore serialise from their first audit record
 * to their commit: keep audited transactions short, and record the entry late in them. Unaudited work
 * and reads are not affected. The head is read with a fresh snapshot, which READ COMMITTED (the default)
 * provides; a caller running REPEATABLE READ or SERIALIZABLE who touched the database before recording
 * may read a stale head, and then the insert fails on the unique sequence number or prev_hash rather than
 * forking the chain, so that transaction rolls back and can be retried.
 */
@Unscoped("the trail records everyone alike; reading it is for platform admins only")
@Service
class ChainedAuditTrail implements AuditTrail {

	/** The advisory lock key of the chain head; arbitrary, but the same in every instance. */
	static final long CHAIN_LOCK = 0x4A5A_4155_4449_5431L;

	private final JdbcClient jdbc;

	private final AuditEntryRows rows;

	private final Clock clock = Clock.systemUTC();

	ChainedAuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.rows = new AuditEntryRows(json);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditEvent event) {
		Objects.requireNonNull(event, "event");
		AuditActor actor = Objects.requireNonNull(event.actor(), "event.actor");
		String action = Objects.requireNonNull(clean(event.action()), "event.action");
		Objects.requireNonNull(event.outcome(), "event.outcome");
		Map<String, String> details = new LinkedHashMap<>();
		SensitiveText.mask(event.details()).forEach((key, value) -> details.put(clean(key), clean(value)));
		String clientAddress = clientAddress();

		jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query(rs -> {
		});
		// Read after the lock: the previous holder has committed (or rolled back) by now.
		Head head = jdbc.sql("SELECT seq, hash FROM audit.entry ORDER BY seq DESC LIMIT 1")
			.query((rs, row) -> new Head(rs.getLong("seq"), rs.getString("hash")))
			.optional()
			.orElse(new Head(0, AuditEntryCodec.GENESIS));
		// Taken under the lock so that times never go backwards along the chain (clock permitting);
		// microseconds because that is what timestamptz keeps and the hash covers.
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);

		AuditEntryView entry = new AuditEntryView(head.seq() + 1, now.toInstant(), clean(actor.auditName()),
				clean(actor.auditRole()), clean(actor.auditTerritory()), action, clean(event.targetType()),
				clean(event.targetId()), event.outcome(), clean(clientAddress), details, head.hash(), null);
		String hash = AuditEntryCodec.hash(entry);
		jdbc.sql("""
				INSERT INTO audit.entry (seq, occurred_at, actor, role, territory, action, target_type, target_id,
				                         outcome, client_address, details, prev_hash, hash)
				VALUES (:seq, :occurredAt, :actor, :role, :territory, :action, :targetType, :targetId,
				        :outcome, :clientAddress, CAST(:details AS jsonb), :prevHash, :hash)
				""")
			.param("seq", entry.sequence())
			.param("occurredAt", now.withOffsetSameInstant(ZoneOffset.UTC))
			.param("actor", entry.actor())
			.param("role", entry.role())
			.param("territory", entry.territory())
			.param("action", entry.action())
			.param("targetType", entry.targetType())
			.param("targetId", entry.targetId())
			.param("outcome", entry.outcome().name())
			.param("clientAddress", entry.clientAddress())
			.param("details", rows.toJson(entry.details()))
			.param("prevHash", entry.prevHash())
			.param("hash", hash)
			.update();
	}

	private static String clientAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getRemoteAddr();
		}
		return null;
	}

	/** PostgreSQL text cannot hold NUL; refusing the entry would roll back the caller's work instead. */
	private static String clean(String text) {
		return text == null ? null : text.replace('\u0000', '\uFFFD');
	}

	private record Head(long seq, String hash) {
	}
}
