package cn.jiazheng.credit.audit;

/**
 * 审计: the append-only, SM3-chained trail. {@link #record} joins the caller's transaction when there
 * is one, so that a change and its entry are committed together or not at all.
 */
public interface AuditTrail {

	void record(AuditEvent event);
}
