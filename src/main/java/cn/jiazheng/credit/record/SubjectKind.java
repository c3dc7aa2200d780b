package cn.jiazheng.credit.record;

/** 信用主体的类别: whom a record is about. */
public enum SubjectKind {
	ENTERPRISE, WORKER, CONSUMER
}
