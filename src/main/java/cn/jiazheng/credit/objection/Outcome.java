package cn.jiazheng.credit.objection;

/** The answer to an objection (核查结果). */
public enum Outcome {
	/** 异议成立 */
	UPHELD,
	/** 异议不成立 */
	REJECTED;

	public ObjectionState state() {
		return this == UPHELD ? ObjectionState.UPHELD : ObjectionState.REJECTED;
	}
}
