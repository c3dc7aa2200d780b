package cn.jiazheng.credit.objection;

import java.util.Map;

/** The figures of a queue: objections per state and, of those FILED, how many are past their deadline. */
public record QueueCounts(Map<ObjectionState, Long> byState, long overdue) {

	public QueueCounts {
		byState = Map.copyOf(byState);
	}

	public long total() {
		return byState.values().stream().mapToLong(Long::longValue).sum();
	}

	public long of(ObjectionState state) {
		return byState.getOrDefault(state, 0L);
	}
}
