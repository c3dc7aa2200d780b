package cn.jiazheng.credit.identity;

/** 角色: what an account may do. A regulator's reach is further bounded by its territory. */
public enum Role {
	/** 平台管理员 */
	PLATFORM_ADMIN,
	/** 主管部门 (province, city or county commerce bureau) */
	REGULATOR,
	/** 企业管理员 */
	ENTERPRISE_ADMIN,
	/** 企业子账号: fewer rights, created by the enterprise admin */
	ENTERPRISE_STAFF,
	/** 家政服务员 */
	WORKER,
	/** 消费者 */
	CONSUMER,
	/** 接口调用方: an upstream platform or data source, authenticated by API key */
	INTEGRATOR;

	public String authority() {
		return "ROLE_" + name();
	}

	public boolean isEnterprise() {
		return this == ENTERPRISE_ADMIN || this == ENTERPRISE_STAFF;
	}
}
