package cn.jiazheng.credit.objection;

/**
 * What an objection is raised against. The reference that names the target is the owning module's own
 * string (a result id, a record id, a list entry id); this module only compares it.
 */
public enum TargetKind {
	/** 信用评价结果 (初评), owned by rating */
	RATING_RESULT,
	/** 信用信息, owned by record: filing freezes the record until the objection is decided */
	CREDIT_RECORD,
	/** 红黑名单条目, owned by the list module (later) */
	LIST_ENTRY
}
