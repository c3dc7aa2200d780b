package cn.jiazheng.credit.archive;

/** 经营模式: 员工制 (the enterprise employs its workers) or 中介制 (it places them). */
public enum EmploymentModel {
	EMPLOYEE_BASED, INTERMEDIARY
}
