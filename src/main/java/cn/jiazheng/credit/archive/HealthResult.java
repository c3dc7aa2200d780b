package cn.jiazheng.credit.archive;

/** 体检结论: whether the examination found the worker fit (合格) for household service. */
public enum HealthResult {
	FIT, UNFIT
}
