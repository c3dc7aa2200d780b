package cn.jiazheng.credit.consent;

/** Where a change of consent came from: a signed letter on file, or the worker on their own pages. */
public enum ConsentSource {
	LETTER, WORKER
}
