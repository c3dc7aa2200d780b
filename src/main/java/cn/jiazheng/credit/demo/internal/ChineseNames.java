package cn.jiazheng.credit.demo.internal;

import java.util.random.RandomGenerator;

/** Plausible Chinese names of people and household-service businesses, for demo data only. */
final class ChineseNames {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	private static final String[] GIVEN = { "秀兰", "桂英", "秀英", "玉兰", "丽娟", "建华", "建国", "志强", "海燕", "红梅", "春梅",
			"晓燕", "淑珍", "美玲", "小红", "丽", "静", "敏", "燕", "艳", "娟", "霞", "芳", "玲", "伟", "军", "勇", "磊", "洋", "涛",
			"明", "超", "秀珍", "凤英", "金凤", "翠花", "文静", "雪梅", "慧敏", "佳怡" };

	private static final String[] BRAND = { "安心", "巧手", "好帮手", "贴心", "暖家", "福满堂", "惠民", "康乐", "家和", "馨怡", "金牌",
			"阳光", "长安", "秦嫂", "三秦", "众诚", "美家", "邻里", "乐居", "益家" };

	private static final String[] KIND = { "家政服务有限公司", "家政服务中心", "家庭服务有限公司", "家政服务部", "母婴护理有限公司",
			"养老护理服务有限公司", "保洁服务有限公司" };

	private ChineseNames() {
	}

	static String person(RandomGenerator random) {
		return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
	}

	static String enterprise(String city, RandomGenerator random) {
		return city + BRAND[random.nextInt(BRAND.length)] + KIND[random.nextInt(KIND.length)];
	}

	static String mobile(RandomGenerator random) {
		return "1" + "3578".charAt(random.nextInt(4)) + String.format("%09d", random.nextInt(1_000_000_000));
	}
}
