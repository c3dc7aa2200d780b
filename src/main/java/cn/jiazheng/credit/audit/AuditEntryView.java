package cn.jiazheng.credit.audit;

import java.time.Instant;
import java.util.Map;

/**
 * 审计条目: one entry of the audit trail as others may read it. Details are already masked when stored.
 */
public record AuditEntryView(long sequence, Instant occurredAt, String actor, String role, String territory,
		String action, String targetType, String targetId, AuditOutcome outcome, String clientAddress,
		Map<String, String> details, String prevHash, String hash) {

	public AuditEntryView {
		details = Map.copyOf(details);
	}
}
