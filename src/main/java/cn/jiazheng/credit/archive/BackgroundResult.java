package cn.jiazheng.credit.archive;

/** 犯罪背景核查结论: 通过 (no record that bars household service) or 未通过. */
public enum BackgroundResult {
	CLEAR, NOT_CLEAR
}
