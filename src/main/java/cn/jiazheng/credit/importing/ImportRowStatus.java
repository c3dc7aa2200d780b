package cn.jiazheng.credit.importing;

/** The verdict on one row of an uploaded spreadsheet. */
public enum ImportRowStatus {
	/** Passes every rule; imported when the uploader imports the valid rows. */
	VALID,
	/** Breaks a rule; the error text names the field and the rule. */
	ERROR,
	/** 已登记: the key is already registered on the platform; skipped, so a re-import duplicates nothing. */
	REGISTERED,
	/** 文件内重复: an earlier row of the same file has the same key; skipped. */
	REPEATED
}
