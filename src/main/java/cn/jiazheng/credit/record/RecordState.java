package cn.jiazheng.credit.record;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a credit record stands. Only {@link #ACTIVE} records count; {@link #UNDER_OBJECTION} freezes a
 * record out of every score until the objection is decided.
 */
public enum RecordState {
	/** 有效 */
	ACTIVE,
	/** 异议中: frozen */
	UNDER_OBJECTION,
	/** 已修复 */
	REPAIRED,
	/** 公示期满 */
	EXPIRED,
	/** 已撤销: entered in error; keeps its history */
	REVOKED;

	/** The states this one may move to. */
	public Set<RecordState> next() {
		return switch (this) {
			case ACTIVE -> EnumSet.of(UNDER_OBJECTION, REPAIRED, EXPIRED, REVOKED);
			case UNDER_OBJECTION -> EnumSet.of(ACTIVE, REVOKED);
			case REPAIRED, EXPIRED -> EnumSet.of(REVOKED);
			case REVOKED -> EnumSet.noneOf(RecordState.class);
		};
	}

	public boolean canMoveTo(RecordState target) {
		return next().contains(target);
	}
}
