package cn.jiazheng.credit.region;

/** 省、市、县: the three levels of territory a regulator can govern. */
public enum RegionLevel {
	PROVINCE, CITY, COUNTY
}
