package cn.jiazheng.credit.archive;

/** Which credit file a revision belongs to: 一企一档 (an enterprise's) or 一人一档 (a worker's). */
public enum FileKind {
	ENTERPRISE, WORKER;

	/** The audit trail's target type and the start of its action names, e.g. {@code worker}, {@code WORKER_SUBMIT}. */
	public String targetType() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
