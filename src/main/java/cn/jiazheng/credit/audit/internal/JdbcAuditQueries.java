package cn.jiazheng.credit.audit.internal;

import cn.jiazheng.credit.platform.SqlText;

import cn.jiazheng.credit.platform.Unscoped;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.audit.AuditEntryPage;
import cn.jiazheng.credit.audit.AuditEntryView;
import cn.jiazheng.credit.audit.AuditFilter;
import cn.jiazheng.credit.audit.AuditQueries;
import cn.jiazheng.credit.audit.ChainReport;
import cn.jiazheng.credit.audit.ChainReport.BreakReason;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the trail and re-checks its chain. Verification walks the chain by sequence number in batches
 * of {@link #BATCH} (keyset paging, so memory stays bounded at any length) inside one REPEATABLE READ
 * snapshot, so that it sees one consistent chain while appends go on.
 */
@Unscoped("the trail is read by platform admins only, who reach everything")
@Service
class JdbcAuditQueries implements AuditQueries {

	static final int BATCH = 1000;

	static final int MAX_PAGE_SIZE = 500;

	private final JdbcClient jdbc;

	private final AuditEntryRows rows;

	private final Clock clock = Clock.systemUTC();

	JdbcAuditQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.rows = new AuditEntryRows(json);
	}

	@Override
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ChainReport verify() {
		Instant started = clock.instant();
		long head = jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit.entry").query(Long.class).single();
		Long headSequence = head == 0 ? null : head;
		long expected = 1;
		String prevHash = AuditEntryCodec.GENESIS;
		long checked = 0;
		while (expected <= head) {
			List<AuditEntryView> batch = jdbc
				.sql("SELECT " + AuditEntryRows.COLUMNS
						+ " FROM audit.entry WHERE seq >= :from AND seq <= :head ORDER BY seq LIMIT :batch")
				.param("from", expected)
				.param("head", head)
				.param("batch", BATCH)
				.query(rows.mapper())
				.list();
			if (batch.isEmpty()) {
				// Only when the head itself vanished under us, which the append-only table refuses.
				break;
			}
			for (AuditEntryView entry : batch) {
				if (entry.sequence() != expected) {
					return ChainReport.broken(checked, headSequence, expected, entry.sequence(), BreakReason.MISSING,
							"sequence " + expected + (entry.sequence() - expected > 1 ? " to " + (entry.sequence() - 1) : "")
									+ " missing; next entry found is " + entry.sequence(),
							started);
				}
				if (!entry.prevHash().equals(prevHash)) {
					return ChainReport.broken(checked, headSequence, expected, expected, BreakReason.RELINKED,
							"prev_hash " + entry.prevHash() + " differs from the hash of entry " + (expected - 1) + " "
									+ prevHash,
							started);
				}
				String recomputed = AuditEntryCodec.hash(entry);
				if (!recomputed.equals(entry.hash())) {
					return ChainReport.broken(checked, headSequence, expected, expected, BreakReason.ALTERED,
							"stored hash " + entry.hash() + " differs from recomputed " + recomputed, started);
				}
				checked++;
				prevHash = entry.hash();
				expected++;
			}
		}
		return ChainReport.intact(checked, headSequence, started);
	}

	@Override
	@Transactional(readOnly = true)
	public long countSince(Instant since) {
		return jdbc.sql("SELECT count(*) FROM audit.entry WHERE occurred_at >= :since")
			.param("since", utc(since))
			.query(Long.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public long failuresSince(Instant since) {
		return jdbc.sql("SELECT count(*) FROM audit.entry WHERE outcome = 'FAILURE' AND occurred_at >= :since")
			.param("since", utc(since))
			.query(Long.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public AuditEntryPage search(AuditFilter filter, int page, int size) {
		AuditFilter criteria = filter == null ? AuditFilter.ANY : filter;
		int pageNumber = Math.max(page, 0);
		int pageSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (criteria.actor() != null) {
			conditions.add("actor = :actor");
			params.put("actor", criteria.actor());
		}
		if (criteria.action() != null) {
			conditions.add("action LIKE :action ESCAPE '\\'");
			params.put("action", SqlText.startingWith(criteria.action()));
		}
		if (criteria.outcome() != null) {
			conditions.add("outcome = :outcome");
			params.put("outcome", criteria.outcome().name());
		}
		if (criteria.from() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", utc(criteria.from()));
		}
		if (criteria.to() != null) {
			conditions.add("occurred_at < :to");
			params.put("to", utc(criteria.to()));
		}
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		long total = jdbc.sql("SELECT count(*) FROM audit.entry" + where).params(params).query(Long.class).single();
		List<AuditEntryView> entries = jdbc
			.sql("SELECT " + AuditEntryRows.COLUMNS + " FROM audit.entry" + where
					+ " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", pageSize)
			.param("offset", (long) pageNumber * pageSize)
			.query(rows.mapper())
			.list();
		return new AuditEntryPage(entries, total, pageNumber, pageSize);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntryView> viewsOf(String targetType, String targetId, int limit) {
		return jdbc.sql("SELECT " + AuditEntryRows.COLUMNS + " FROM audit.entry WHERE action = 'SENSITIVE_VIEW' "
				+ "AND outcome = 'SUCCESS' AND target_type = :type AND target_id = :id ORDER BY seq DESC LIMIT :limit")
			.param("type", targetType)
			.param("id", targetId)
			.param("limit", Math.min(Math.max(limit, 1), MAX_PAGE_SIZE))
			.query(rows.mapper())
			.list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
