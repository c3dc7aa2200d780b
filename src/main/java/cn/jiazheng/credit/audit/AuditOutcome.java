package cn.jiazheng.credit.audit;

public enum AuditOutcome {
	SUCCESS, FAILURE
}
