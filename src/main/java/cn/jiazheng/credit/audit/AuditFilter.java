package cn.jiazheng.credit.audit;

import java.time.Instant;

/**
 * What to look for in the audit trail; every {@code null} (or blank) criterion matches everything.
 *
 * @param actor the actor's name, matched exactly
 * @param action an action name or its beginning ({@code "region."} finds every region action)
 * @param outcome success or failure
 * @param from entries at or after this instant
 * @param to entries strictly before this instant
 */
public record AuditFilter(String actor, String action, AuditOutcome outcome, Instant from, Instant to) {

	public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null);

	public AuditFilter {
		actor = blankToNull(actor);
		action = blankToNull(action);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
