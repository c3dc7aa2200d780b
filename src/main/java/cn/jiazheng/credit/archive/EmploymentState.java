package cn.jiazheng.credit.archive;

/** 用工关系 from proposal to end: effective (ACTIVE) only once the other side has confirmed. */
public enum EmploymentState {
	PROPOSED, ACTIVE, DECLINED, ENDED
}
