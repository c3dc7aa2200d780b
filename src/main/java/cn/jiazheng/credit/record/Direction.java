package cn.jiazheng.credit.record;

/** Whether a record counts for (守信, positive) or against (失信, negative) its subject. */
public enum Direction {
	POSITIVE, NEGATIVE
}
