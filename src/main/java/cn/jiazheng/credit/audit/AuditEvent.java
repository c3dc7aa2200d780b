package cn.jiazheng.credit.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing to write to the audit trail. Details are short, non-sensitive facts (a field name, a
 * count, a reason code); never an ID number, a phone number, a password or health data.
 */
public record AuditEvent(AuditActor actor, String action, String targetType, String targetId,
		AuditOutcome outcome, Map<String, String> details) {

	public AuditEvent {
		details = Map.copyOf(details);
	}

	public static AuditEvent success(AuditActor actor, String action, String targetType, Object targetId) {
		return new AuditEvent(actor, action, targetType, targetId == null ? null : targetId.toString(),
				AuditOutcome.SUCCESS, Map.of());
	}

	public static AuditEvent failure(AuditActor actor, String action, String targetType, Object targetId) {
		return new AuditEvent(actor, action, targetType, targetId == null ? null : targetId.toString(),
				AuditOutcome.FAILURE, Map.of());
	}

	public AuditEvent with(String key, Object value) {
		Map<String, String> more = new LinkedHashMap<>(details);
		more.put(key, String.valueOf(value));
		return new AuditEvent(actor, action, targetType, targetId, outcome, more);
	}
}
