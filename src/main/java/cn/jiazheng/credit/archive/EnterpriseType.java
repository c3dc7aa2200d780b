package cn.jiazheng.credit.archive;

/** 市场主体类型: company, individual business (个体工商户) or other organisation. */
public enum EnterpriseType {
	ENTERPRISE, INDIVIDUAL_BUSINESS, OTHER_ORGANISATION
}
