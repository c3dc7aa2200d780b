package cn.jiazheng.credit.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import cn.jiazheng.credit.archive.BackgroundCheck;
import cn.jiazheng.credit.archive.BackgroundResult;
import cn.jiazheng.credit.archive.HealthExamination;
import cn.jiazheng.credit.archive.HealthResult;
import cn.jiazheng.credit.archive.Insurance;
import cn.jiazheng.credit.archive.SkillLevel;
import cn.jiazheng.credit.archive.TrainingRecord;
import cn.jiazheng.credit.archive.WorkerFile;

/**
 * What a worker's credit file plausibly says in the demo province: where she comes from and lives, what
 * she does, where she was examined and trained. Dates are relative to the day of seeding, so that the
 * share of expired health certificates stays realistic whenever the demo is started.
 */
final class WorkerFacts {

	/** Where household-service workers in Shaanxi mostly come from: the province itself first, then its neighbours. */
	private static final String[] NATIVE_PLACES = { "陕西省渭南市", "陕西省商洛市", "陕西省安康市", "陕西省汉中市", "陕西省宝鸡市",
			"陕西省咸阳市", "陕西省延安市", "陕西省榆林市", "陕西省西安市", "陕西省铜川市", "陕西省渭南市", "陕西省商洛市", "河南省南阳市",
			"河南省洛阳市", "甘肃省天水市", "甘肃省平凉市", "山西省运城市", "四川省南充市", "四川省广元市", "湖北省十堰市", "安徽省阜阳市",
			"重庆市万州区" };

	private static final String[] ESTATES = { "和平小区", "幸福家园", "紫薇花园", "翠华苑", "金色家园", "春晓园", "丽景苑", "阳光小区",
			"长安花园", "民乐园", "兴庆坊", "曲江苑" };

	/** Per county: the district as written in an address, its streets, and the police authority that reports checks. */
	private static final Map<String, Place> PLACES = Map.of(
			"610113", new Place("陕西省西安市雁塔区", new String[] { "小寨东路", "长安南路", "含光路", "电子正街", "科技路", "雁塔西路" },
					"西安市公安局雁塔分局"),
			"610103", new Place("陕西省西安市碑林区", new String[] { "东大街", "南关正街", "友谊西路", "和平路", "建设路" },
					"西安市公安局碑林分局"),
			"610104", new Place("陕西省西安市莲湖区", new String[] { "西大街", "劳动路", "桃园北路", "大庆路" }, "西安市公安局莲湖分局"),
			"610112", new Place("陕西省西安市未央区", new String[] { "凤城八路", "未央路", "太华北路", "文景路" }, "西安市公安局未央分局"),
			"610116", new Place("陕西省西安市长安区", new String[] { "韦曲南街", "西长安街", "子午大道", "樱花一路" }, "西安市公安局长安分局"),
			"610111", new Place("陕西省西安市灞桥区", new String[] { "纺织城正街", "长乐东路", "灞桥街" }, "西安市公安局灞桥分局"),
			"610402", new Place("陕西省咸阳市秦都区", new String[] { "人民路", "渭阳西路", "玉泉路" }, "咸阳市公安局秦都分局"),
			"610302", new Place("陕西省宝鸡市渭滨区", new String[] { "经二路", "清姜路", "红旗路" }, "宝鸡市公安局渭滨分局"),
			"610702", new Place("陕西省汉中市汉台区", new String[] { "北团结街", "天汉大道", "劳动西路" }, "汉中市公安局汉台分局"),
			"610802", new Place("陕西省榆林市榆阳区", new String[] { "新建路", "长城路", "肤施路" }, "榆林市公安局榆阳分局"));

	/** Streets most Chinese towns have, for counties without a list of their own. */
	private static final String[] COMMON_STREETS = { "人民路", "解放路", "建设路", "中山街", "文化路", "新华路" };

	/** Health certificates (健康证) are issued by district disease-control centres and hospitals' examination centres. */
	private static final Map<String, String[]> CLINICS = Map.of("6101",
			new String[] { "西安市疾病预防控制中心", "西安市中心医院体检中心", "陕西省人民医院健康管理中心", "西安市第九医院体检中心",
					"西安市红会医院体检中心" },
			"6104", new String[] { "咸阳市疾病预防控制中心", "咸阳市第一人民医院体检中心" }, "6103",
			new String[] { "宝鸡市疾病预防控制中心", "宝鸡市中心医院体检中心" }, "6107", new String[] { "汉中市中心医院体检中心" }, "6108",
			new String[] { "榆林市第一医院体检中心" });

	private static final String[] TRAINING_SCHOOLS = { "陕西省家政服务职业技能培训学校", "西安市家庭服务业协会培训中心", "西安巾帼家政职业培训学校",
			"三秦家政服务技能培训中心", "陕西开放大学继续教育学院", "西安市人力资源和社会保障局职业技能培训中心" };

	/** Courses by the service category they prepare for; the hours are what such courses usually take. */
	private static final Map<String, List<Course>> COURSES = Map.of(
			"CLEANING", List.of(new Course("家政服务员（保洁）培训", 24), new Course("家庭收纳整理培训", 16)),
			"COOKING", List.of(new Course("家政服务员（烹饪）培训", 32), new Course("中式面点制作培训", 40)),
			"MATERNITY_CARE", List.of(new Course("母婴护理培训", 80), new Course("催乳师培训", 40)),
			"INFANT_CARE", List.of(new Course("育婴员培训", 96), new Course("小儿推拿培训", 40)),
			"CHILD_CARE", List.of(new Course("育婴员培训", 96)), "ELDER_PATIENT_CARE",
			List.of(new Course("养老护理员培训", 120), new Course("病患陪护培训", 56)), "HOME_TUTORING",
			List.of(new Course("家庭教育指导培训", 48)), "MOVING", List.of(new Course("家政服务员（搬家）安全培训", 16)));

	private static final Course GENERAL = new Course("家政服务员岗前培训", 24);

	/** The categories people work in, weighted by how often they do: cleaning, cooking and care above all. */
	private static final String[] CATEGORY_WEIGHTS = { "CLEANING", "CLEANING", "CLEANING", "COOKING", "COOKING",
			"MATERNITY_CARE", "MATERNITY_CARE", "INFANT_CARE", "INFANT_CARE", "ELDER_PATIENT_CARE", "ELDER_PATIENT_CARE",
			"CHILD_CARE", "HOME_TUTORING", "MOVING" };

	private static final String[] INSURERS = { "中国人民财产保险股份有限公司", "中国平安财产保险股份有限公司", "中国太平洋财产保险股份有限公司",
			"中华联合财产保险股份有限公司" };

	private static final String[] INSURANCE_TYPES = { "意外伤害险", "意外伤害险", "家政服务责任险", "团体意外险" };

	static final String[] RETURN_REASONS = { "体检机构名称与证明不符，请核对", "培训证书编号无法核验，请更正或补充证书照片",
			"现住址不完整，请补充门牌号", "授权书签名与本人不一致，请重新上传", "保险单号与保单不符，请核对" };

	/** Neutral labels of the kinds of record a not-clear check reports; the demo shows the field, not a story. */
	private static final String[] RECORD_CATEGORIES = { "盗窃类", "诈骗类" };

	private WorkerFacts() {
	}

	/**
	 * A complete file, ready to submit. The examination lies within the last year when {@code healthValid},
	 * one to two years back otherwise (a certificate is valid for a year); {@code unfit} records a failed one.
	 */
	static WorkerFile complete(String county, List<String> offered, LocalDate today, boolean healthValid, boolean unfit,
			RandomGenerator random) {
		List<String> categories = categories(offered, random);
		int trainings = random.nextInt(4);
		return new WorkerFile(NATIVE_PLACES[random.nextInt(NATIVE_PLACES.length)], address(county, random), categories,
				skill(random), examination(county, today, healthValid, unfit, random), trainings(categories, trainings, today, random),
				random.nextInt(10) < 4 ? List.of(insurance(today, random)) : List.of());
	}

	/** A draft as enterprises leave them: sometimes complete, often still waiting for the examination or the courses. */
	static WorkerFile draft(String county, List<String> offered, LocalDate today, RandomGenerator random) {
		WorkerFile file = complete(county, offered, today, random.nextInt(10) < 8, false, random);
		return switch (random.nextInt(3)) {
			case 0 -> file;
			case 1 -> new WorkerFile(file.nativePlace(), file.address(), file.serviceCategories(), file.skillLevel(), null,
					file.trainings(), file.insurances());
			default -> new WorkerFile(file.nativePlace(), null, file.serviceCategories(), null, null, List.of(), List.of());
		};
	}

	/** The same file with a newer examination: how a second revision usually comes about. */
	static WorkerFile renewed(WorkerFile file, String county, LocalDate today, RandomGenerator random) {
		return new WorkerFile(file.nativePlace(), file.address(), file.serviceCategories(), file.skillLevel(),
				examination(county, today, true, false, random), file.trainings(), file.insurances());
	}

	/** Mostly clear and recent (valid a year), a few lapsed, and about one in thirty not clear. */
	static BackgroundCheck backgroundCheck(String county, LocalDate today, RandomGenerator random) {
		LocalDate checked = today.minusDays(random.nextInt(420));
		String authority = place(county).police();
		if (random.nextInt(30) == 0) {
			return new BackgroundCheck(checked, authority, BackgroundResult.NOT_CLEAR,
					RECORD_CATEGORIES[random.nextInt(RECORD_CATEGORIES.length)], checked.plusYears(1).minusDays(1));
		}
		return clearCheck(county, checked);
	}

	static BackgroundCheck clearCheck(String county, LocalDate checked) {
		return new BackgroundCheck(checked, place(county).police(), BackgroundResult.CLEAR, null, checked.plusYears(1).minusDays(1));
	}

	static HealthExamination examination(String county, LocalDate today, boolean valid, boolean unfit, RandomGenerator random) {
		// Valid: examined within the last 360 days; lapsed: 366 to 730 days ago, so that a year's validity has run out.
		LocalDate examined = valid ? today.minusDays(random.nextInt(360)) : today.minusDays(366 + random.nextInt(365));
		String[] clinics = CLINICS.get(county.substring(0, 4));
		if (clinics == null) {
			String city = Shaanxi.cityName(county);
			clinics = new String[] { city + "疾病预防控制中心", city + "中心医院体检中心" };
		}
		return new HealthExamination(examined, clinics[random.nextInt(clinics.length)], unfit ? HealthResult.UNFIT : HealthResult.FIT,
				examined.plusYears(1).minusDays(1));
	}

	static String address(String county, RandomGenerator random) {
		Place place = place(county);
		return place.district() + place.streets()[random.nextInt(place.streets().length)] + (1 + random.nextInt(380)) + "号"
				+ ESTATES[random.nextInt(ESTATES.length)] + (1 + random.nextInt(12)) + "号楼" + (1 + random.nextInt(3)) + "单元"
				+ (1 + random.nextInt(18)) + "0" + (1 + random.nextInt(4)) + "室";
	}

	private static List<String> categories(List<String> offered, RandomGenerator random) {
		Set<String> chosen = new LinkedHashSet<>();
		int wanted = 1 + random.nextInt(3);
		for (int tries = 0; chosen.size() < wanted && tries < 10; tries++) {
			String category = CATEGORY_WEIGHTS[random.nextInt(CATEGORY_WEIGHTS.length)];
			if (offered.contains(category)) {
				chosen.add(category);
			}
		}
		if (chosen.isEmpty()) {
			chosen.add(offered.get(random.nextInt(offered.size())));
		}
		return List.copyOf(chosen);
	}

	private static SkillLevel skill(RandomGenerator random) {
		int r = random.nextInt(100);
		return r < 25 ? SkillLevel.LEVEL_5 : r < 37 ? SkillLevel.LEVEL_4 : r < 42 ? SkillLevel.LEVEL_3 : null;
	}

	private static List<TrainingRecord> trainings(List<String> categories, int count, LocalDate today, RandomGenerator random) {
		List<TrainingRecord> trainings = new ArrayList<>();
		Set<String> taken = new LinkedHashSet<>();
		for (int i = 0; i < count; i++) {
			List<Course> fitting = COURSES.getOrDefault(categories.get(random.nextInt(categories.size())), List.of(GENERAL));
			Course course = i == 0 && random.nextBoolean() ? GENERAL : fitting.get(random.nextInt(fitting.size()));
			if (!taken.add(course.name())) {
				continue;
			}
			LocalDate completed = today.minusDays(30 + random.nextInt(5 * 365));
			int hours = Math.max(16, Math.min(120, course.hours() + 8 * (random.nextInt(5) - 2)));
			trainings.add(new TrainingRecord(course.name(), hours, TRAINING_SCHOOLS[random.nextInt(TRAINING_SCHOOLS.length)], completed,
					random.nextInt(8) == 0 ? null : String.format("JZPX%d%06d", completed.getYear(), random.nextInt(1_000_000))));
		}
		return trainings;
	}

	private static Insurance insurance(LocalDate today, RandomGenerator random) {
		LocalDate from = today.minusDays(random.nextInt(330));
		return new Insurance(INSURANCE_TYPES[random.nextInt(INSURANCE_TYPES.length)], INSURERS[random.nextInt(INSURERS.length)],
				"P" + "EAC".charAt(random.nextInt(3)) + from.getYear() + String.format("%08d", random.nextInt(100_000_000)), from,
				from.plusYears(1).minusDays(1));
	}

	private static Place place(String county) {
		Place known = PLACES.get(county);
		if (known != null) {
			return known;
		}
		String city = Shaanxi.cityName(county);
		String name = Shaanxi.countyName(county);
		return new Place("陕西省" + city + name, COMMON_STREETS, city + "公安局" + name + "分局");
	}

	private record Place(String district, String[] streets, String police) {
	}

	private record Course(String name, int hours) {
	}
}
