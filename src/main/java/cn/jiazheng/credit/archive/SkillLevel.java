package cn.jiazheng.credit.archive;

/**
 * 职业技能等级, the five levels of the national occupational skill standard for 家政服务员: from
 * 五级/初级工 (the entry level) up to 一级/高级技师.
 */
public enum SkillLevel {
	LEVEL_5, LEVEL_4, LEVEL_3, LEVEL_2, LEVEL_1
}
