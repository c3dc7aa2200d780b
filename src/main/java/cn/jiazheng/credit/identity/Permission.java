package cn.jiazheng.credit.identity;

/**
 * 专项权限: a right beyond what the role gives, granted to one account explicitly by the platform admin
 * because the law asks for a named person, not a whole role.
 */
public enum Permission {
	/** 查看犯罪背景核查类别: a regulator may read the category of a not-clear background check. */
	VIEW_BACKGROUND_CATEGORY
}
