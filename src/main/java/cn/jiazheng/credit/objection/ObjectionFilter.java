package cn.jiazheng.credit.objection;

/**
 * What a list of objections is narrowed to; null parts mean all. {@code overdue} keeps only objections still
 * FILED after their deadline day.
 */
public record ObjectionFilter(ObjectionState state, boolean overdue, TargetKind targetKind) {

	public static final ObjectionFilter ALL = new ObjectionFilter(null, false, null);

	public static final ObjectionFilter WAITING = new ObjectionFilter(ObjectionState.FILED, false, null);
}
