package cn.jiazheng.credit.objection;

/** Where an objection stands: filed and waiting for its answer, answered either way, or withdrawn. */
public enum ObjectionState {
	/** 待答复 */
	FILED,
	/** 异议成立: the data is to be corrected */
	UPHELD,
	/** 异议不成立 */
	REJECTED,
	/** 已撤回 by the objector before the answer */
	WITHDRAWN;

	public boolean open() {
		return this == FILED;
	}
}
