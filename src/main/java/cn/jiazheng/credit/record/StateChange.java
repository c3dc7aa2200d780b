package cn.jiazheng.credit.record;

import java.time.Instant;

/** One line of a record's state log; the first has no {@code from} (the entry itself). */
public record StateChange(RecordState from, RecordState to, String reason, String changedBy, String changedRole,
		Instant changedAt) {
}
