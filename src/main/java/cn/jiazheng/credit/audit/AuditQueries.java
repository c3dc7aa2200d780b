package cn.jiazheng.credit.audit;

import java.time.Instant;
import java.util.List;

/**
 * Reading the audit trail (审计日志查询): for the admin page, statistics and monitoring. Writing goes
 * through {@link AuditTrail} only.
 */
public interface AuditQueries {

	/**
	 * Walks the whole chain from the first entry in sequence order, in batches, recomputing every hash,
	 * and stops at the first broken link. Entries appended while the walk runs are not covered. Deleting
	 * entries at the head of the chain (the newest ones) cannot be seen from the chain alone.
	 */
	ChainReport verify();

	/** Entries written at or after {@code since}. */
	long countSince(Instant since);

	/** Entries with outcome {@link AuditOutcome#FAILURE} written at or after {@code since}. */
	long failuresSince(Instant since);

	/**
	 * Entries matching the filter, newest first.
	 *
	 * @param page counted from 0; a negative page is read as 0
	 * @param size entries per page, between 1 and 500
	 */
	AuditEntryPage search(AuditFilter filter, int page, int size);

	/**
	 * Who has looked at the sensitive data of one target (a worker, a letter), newest first: the
	 * successful {@code SENSITIVE_VIEW} entries, so that the person concerned can see them.
	 */
	List<AuditEntryView> viewsOf(String targetType, String targetId, int limit);
}
