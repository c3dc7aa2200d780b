package cn.jiazheng.credit.objection;

import java.time.Instant;

/**
 * One line of an objection's history, never changed once written; the first has no {@code from} (the
 * filing itself). {@code note} holds the answer's reasons or the withdrawal's reason.
 */
public record StateChange(ObjectionState from, ObjectionState to, String note, String changedBy, String changedRole,
		Instant changedAt) {
}
