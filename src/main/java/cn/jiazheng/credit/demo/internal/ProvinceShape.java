package cn.jiazheng.credit.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import cn.jiazheng.credit.archive.BackgroundCheck;
import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.EmploymentModel;
import cn.jiazheng.credit.archive.EnterpriseFile;
import cn.jiazheng.credit.archive.EnterpriseType;
import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.Insurance;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.WorkerFile;
import cn.jiazheng.credit.consent.ConsentScope;
import cn.jiazheng.credit.region.RegionCode;

/**
 * The shape of the generated province, decided in one place and free of any service: which counties and
 * how large, which enterprises with which files and how many workers, who the workers are and how far
 * their files got, and the credit records entered about both. The demo seeds it through the platform's
 * services; the benchmarks write the same shape straight into the tables at a larger scale. Everything is
 * drawn from streams seeded by (seed, index), so the same seed always gives the same province, and an
 * element never depends on how many came before it.
 */
public final class ProvinceShape {

	/** The demo's counties: a city centre, suburbs, and smaller places. Weights are relative sizes. */
	private static final List<County> DEMO_COUNTIES = List.of(county("610113", 30), county("610103", 12), county("610104", 12),
			county("610112", 15), county("610116", 10), county("610111", 6), county("610402", 7), county("610302", 5),
			county("610702", 2), county("610802", 1));

	private static final String[] CATEGORIES = { "COOKING", "CLEANING", "MOVING", "HOME_TUTORING", "CHILD_CARE",
			"MATERNITY_CARE", "INFANT_CARE", "ELDER_PATIENT_CARE" };

	/** The largest household-service employers in a province have about two thousand workers on their books. */
	public static final int MAX_WORKERS = 2_000;

	private ProvinceShape() {
	}

	// ---------------------------------------------------------------- counties

	/** 区县 with its city's short name ("西安") as enterprise names use it, and its relative size. */
	public record County(String code, String city, String name, int weight) {
	}

	/** The demo's ten counties, from Xi'an's 雁塔区 (30) down to 榆阳区 (1). */
	public static List<County> demoCounties() {
		return DEMO_COUNTIES;
	}

	/**
	 * Every county of Shaanxi in the reference file: the demo's ten first with their weights, then the
	 * other urban districts (3), county-level cities (2) and counties (1), so the ten hold about two
	 * fifths of the province and the smallest county a few hundredths of a per cent.
	 */
	public static List<County> wholeProvince() {
		List<County> counties = new ArrayList<>(DEMO_COUNTIES);
		Set<String> known = new java.util.HashSet<>(DEMO_COUNTIES.stream().map(County::code).toList());
		for (String code : Shaanxi.NAMES.keySet()) {
			if (code.length() != 6 || known.contains(code)) {
				continue;
			}
			String name = Shaanxi.countyName(code);
			int weight = name.endsWith("区") ? 3 : name.endsWith("市") ? 2 : 1;
			counties.add(new County(code, shortCity(code), name, weight));
		}
		return List.copyOf(counties);
	}

	/** The demo's counties for a demo-sized province, the whole province beyond a thousand enterprises. */
	public static List<County> countiesFor(int enterprises) {
		return enterprises > 1_000 ? wholeProvince() : demoCounties();
	}

	/** Only these counties, with the weights of the whole province: for loading a province beside others. */
	public static List<County> within(String prefix) {
		List<County> counties = wholeProvince().stream().filter(c -> c.code().startsWith(prefix)).toList();
		if (counties.isEmpty()) {
			throw new IllegalArgumentException("no Shaanxi county under " + prefix);
		}
		return counties;
	}

	private static County county(String code, int weight) {
		return new County(code, shortCity(code), Shaanxi.countyName(code), weight);
	}

	private static String shortCity(String county) {
		String city = Shaanxi.cityName(county);
		return city.endsWith("市") ? city.substring(0, city.length() - 1) : city;
	}

	static County pick(List<County> counties, SplittableRandom random) {
		int total = counties.stream().mapToInt(County::weight).sum();
		int r = random.nextInt(total);
		for (County county : counties) {
			r -= county.weight();
			if (r < 0) {
				return county;
			}
		}
		return counties.get(0);
	}

	// ---------------------------------------------------------------- enterprises

	/** How far an enterprise's first file got. */
	public enum EnterpriseFate {
		/** Registered by the regulator, the enterprise has not filled its file in yet: a draft. */
		REGISTERED, SUBMITTED, RETURNED, RELEASED
	}

	public static final String ENTERPRISE_RETURN_REASON = "请补充保险单据并核对法定代表人信息";

	/**
	 * One enterprise of the province.
	 *
	 * @param file what the enterprise fills in (a registered-only one's draft holds just name and county)
	 * @param size a draw from the heavy-tailed size distribution, 1 to {@link #MAX_WORKERS}; see {@link #sizes}
	 */
	public record EnterprisePlan(int index, County county, CreditCode code, String name, EnterpriseFate fate, EnterpriseFile file,
			double size) {
	}

	/** About 20 % only registered, 15 % waiting for review, 10 % returned, 55 % released. */
	public static EnterprisePlan enterprise(long seed, int index, List<County> counties) {
		// One stream per enterprise, so that the ones already there do not shift the others.
		SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
		County county = pick(counties, random);
		CreditCode code = CreditCode.generate(RegionCode.of(county.code()), random);
		String name = ChineseNames.enterprise(county.city(), random);
		int r = random.nextInt(100);
		EnterpriseFate fate = r < 20 ? EnterpriseFate.REGISTERED : r < 35 ? EnterpriseFate.SUBMITTED
				: r < 45 ? EnterpriseFate.RETURNED : EnterpriseFate.RELEASED;
		EnterpriseType type = random.nextBoolean() ? EnterpriseType.ENTERPRISE : EnterpriseType.INDIVIDUAL_BUSINESS;
		EnterpriseFile file = enterpriseFile(name, county.code(), type, random);
		// A stream of its own: the draws above are those of the demo before sizes existed.
		double size = new SplittableRandom(seed * 1_000_003L + index).split().split().nextDouble();
		return new EnterprisePlan(index, county, code, name, fate, file, size);
	}

	static EnterpriseFile enterpriseFile(String name, String county, EnterpriseType type, SplittableRandom random) {
		LocalDate from = LocalDate.of(2026, 1 + random.nextInt(12), 1);
		String category1 = CATEGORIES[random.nextInt(CATEGORIES.length)];
		String category2 = CATEGORIES[random.nextInt(CATEGORIES.length)];
		return new EnterpriseFile(name, ChineseNames.person(random), "陕西省" + name.substring(0, 2) + "市某路 " + (1 + random.nextInt(300)) + " 号",
				county, type, random.nextInt(3) == 0 ? EmploymentModel.INTERMEDIARY : EmploymentModel.EMPLOYEE_BASED,
				category1.equals(category2) ? List.of(category1) : List.of(category1, category2), List.of(),
				List.of(new Insurance("雇主责任险", "中国人民财产保险股份有限公司", "PDEA" + (100000 + random.nextInt(900000)), from,
						from.plusYears(1).minusDays(1))),
				"日常保洁 45–60 元/小时；育婴师 6800 元/月起", "持证上岗、明码标价、服务不满意免费返工", ChineseNames.person(random),
				ChineseNames.mobile(random), List.of());
	}

	/**
	 * How many workers each enterprise has, {@code workers} in all: a truncated Pareto (power-law)
	 * distribution from 1 to {@link #MAX_WORKERS} whose exponent is chosen so that the mean is
	 * workers / enterprises. Most enterprises have one or two workers, a few have hundreds or thousands.
	 * A heavy tail's sample sum strays far from its expectation, so the draws are then scaled to the exact
	 * total: the one-worker enterprises stay as they are, the others grow or shrink in proportion, and the
	 * last few workers go to or come from the largest.
	 */
	public static int[] sizes(List<EnterprisePlan> enterprises, long workers) {
		int n = enterprises.size();
		int[] sizes = new int[n];
		if (n == 0) {
			return sizes;
		}
		if (workers < n || workers > (long) MAX_WORKERS * n) {
			throw new IllegalArgumentException("between " + n + " and " + (long) MAX_WORKERS * n + " workers for " + n + " enterprises");
		}
		double alpha = exponentFor((double) workers / n);
		long ones = 0;
		long rest = 0;
		for (int i = 0; i < n; i++) {
			sizes[i] = size(alpha, enterprises.get(i).size());
			if (sizes[i] == 1) {
				ones++;
			}
			else {
				rest += sizes[i];
			}
		}
		double factor = rest == 0 ? 1 : (double) (workers - ones) / rest;
		long total = 0;
		for (int i = 0; i < n; i++) {
			if (sizes[i] > 1) {
				sizes[i] = (int) Math.max(1, Math.min(MAX_WORKERS, Math.floor(sizes[i] * factor)));
			}
			total += sizes[i];
		}
		Integer[] largestFirst = IntStream.range(0, n).boxed()
			.sorted((a, b) -> sizes[a] != sizes[b] ? Integer.compare(sizes[b], sizes[a]) : Integer.compare(a, b))
			.toArray(Integer[]::new);
		for (int k = 0; total != workers; k = (k + 1) % n) {
			int i = largestFirst[k];
			if (total < workers && sizes[i] < MAX_WORKERS) {
				sizes[i]++;
				total++;
			}
			else if (total > workers && sizes[i] > 1) {
				sizes[i]--;
				total--;
			}
		}
		return sizes;
	}

	/** The size for a uniform draw u: inverse of the truncated Pareto's distribution, rounded down. */
	static int size(double alpha, double u) {
		double tail = Math.pow(MAX_WORKERS, -alpha);
		double x = Math.pow(1 - u * (1 - tail), -1 / alpha);
		return (int) Math.max(1, Math.min(MAX_WORKERS, Math.floor(x)));
	}

	/** The exponent whose truncated Pareto, rounded down, has this mean; found by bisection. */
	static double exponentFor(double mean) {
		double low = 0.01;
		double high = 20;
		for (int i = 0; i < 60; i++) {
			double mid = (low + high) / 2;
			if (meanOf(mid) > mean) {
				low = mid;
			}
			else {
				high = mid;
			}
		}
		return (low + high) / 2;
	}

	/** E[floor X] = 1 + sum over k from 2 of P(X >= k), X truncated Pareto on [1, MAX_WORKERS]. */
	private static double meanOf(double alpha) {
		double tail = Math.pow(MAX_WORKERS, -alpha);
		double sum = 1;
		for (int k = 2; k < MAX_WORKERS; k++) {
			sum += (Math.pow(k, -alpha) - tail) / (1 - tail);
		}
		return sum;
	}

	// ---------------------------------------------------------------- workers

	/** How far a worker's file got. */
	public enum WorkerFate {
		NOT_STARTED, DRAFT, SUBMITTED, RETURNED, RELEASED
	}

	/** The health certificate of the file: valid, expired, or the examination found the worker unfit. */
	public enum Health {
		VALID, LAPSED, UNFIT
	}

	/**
	 * Who a worker is (identity) and what happens to her file.
	 *
	 * @param revisions the file's revisions in order; the last is in the fate's state, earlier ones superseded
	 * @param letter the scopes of the letter of consent on file, null for none
	 * @param returnReason why the regulator returned the file, for {@link WorkerFate#RETURNED}
	 * @param check the background check a regulator recorded, or null
	 */
	public record WorkerPlan(String name, ResidentId residentId, String phone, WorkerFate fate, Health health,
			List<WorkerFile> revisions, Set<ConsentScope> letter, String returnReason, BackgroundCheck check) {

		/** The file as released, if it is. */
		public WorkerFile released() {
			return fate == WorkerFate.RELEASED ? revisions.get(revisions.size() - 1) : null;
		}
	}

	/** The streams a worker is drawn from: the first for who she is, the second for her file. */
	public static SplittableRandom[] workerStreams(long seed, long index) {
		SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
		// A stream of its own, so that the identities seeded before worker files existed stay the same.
		SplittableRandom facts = new SplittableRandom(seed * 1_000_003L + index).split();
		return new SplittableRandom[] { random, facts };
	}

	/**
	 * A worker of an employer in {@code county}, mostly women born 1965–2000. The file: about 10 % not
	 * started, 15 % drafts, 15 % waiting for review, 5 % returned, the rest released (one in ten of the
	 * valid ones on a second revision), 85 % of the released with a background check; about one health
	 * certificate in six expired. {@code identity} must be positioned where the demo left it (after it
	 * picked the employer); {@code facts} is the second of {@link #workerStreams}.
	 */
	public static WorkerPlan worker(SplittableRandom identity, SplittableRandom facts, String county, LocalDate today,
			List<String> offered) {
		Gender gender = identity.nextInt(10) < 9 ? Gender.FEMALE : Gender.MALE;
		LocalDate birth = LocalDate.of(1965 + identity.nextInt(36), 1 + identity.nextInt(12), 1 + identity.nextInt(28));
		ResidentId id = ResidentId.generate(RegionCode.of(county), birth, gender, identity);
		String name = ChineseNames.person(identity);
		String phone = ChineseNames.mobile(identity);
		return file(name, id, phone, workerFate(facts), health(facts), county, today, offered, facts);
	}

	/** The same worker with another ID number: for the rare person drawn twice in a large province. */
	public static ResidentId redraw(WorkerPlan plan, String county, long seed, long index, int attempt) {
		SplittableRandom random = new SplittableRandom((seed * 1_000_003L + index) * 31 + attempt).split().split().split();
		return ResidentId.generate(RegionCode.of(county), plan.residentId().birthDate(), plan.residentId().gender(), random);
	}

	/** Her file's history given its fate, drawn from {@code random} in the order the demo always has. */
	static WorkerPlan file(String name, ResidentId id, String phone, WorkerFate fate, Health health, String county, LocalDate today,
			List<String> offered, SplittableRandom random) {
		if (fate == WorkerFate.NOT_STARTED) {
			return new WorkerPlan(name, id, phone, fate, health, List.of(), null, null, null);
		}
		if (fate == WorkerFate.DRAFT) {
			WorkerFile draft = WorkerFacts.draft(county, offered, today, random);
			Set<ConsentScope> letter = random.nextBoolean() ? scopes(random) : null;
			return new WorkerPlan(name, id, phone, fate, health, List.of(draft), letter, null, null);
		}
		// Some released files are on their second revision: released once, then renewed with a newer examination.
		boolean renewed = fate == WorkerFate.RELEASED && health == Health.VALID && random.nextInt(10) == 0;
		WorkerFile file = WorkerFacts.complete(county, offered, today, health == Health.VALID && !renewed, health == Health.UNFIT, random);
		Set<ConsentScope> letter = scopes(random);
		List<WorkerFile> revisions = new ArrayList<>(List.of(file));
		String reason = null;
		BackgroundCheck check = null;
		if (fate == WorkerFate.RETURNED) {
			reason = WorkerFacts.RETURN_REASONS[random.nextInt(WorkerFacts.RETURN_REASONS.length)];
		}
		else if (fate == WorkerFate.RELEASED) {
			if (renewed) {
				revisions.add(WorkerFacts.renewed(file, county, today, random));
			}
			if (random.nextInt(100) < 85) {
				check = WorkerFacts.backgroundCheck(county, today, random);
			}
		}
		return new WorkerPlan(name, id, phone, fate, health, List.copyOf(revisions), letter, reason, check);
	}

	static WorkerFate workerFate(SplittableRandom random) {
		int r = random.nextInt(100);
		return r < 10 ? WorkerFate.NOT_STARTED : r < 25 ? WorkerFate.DRAFT : r < 40 ? WorkerFate.SUBMITTED
				: r < 45 ? WorkerFate.RETURNED : WorkerFate.RELEASED;
	}

	/** Health certificates are valid a year and renewed late: about one in six has expired, a few found the worker unfit. */
	static Health health(SplittableRandom random) {
		int r = random.nextInt(100);
		return r < 2 ? Health.UNFIT : r < 19 ? Health.LAPSED : Health.VALID;
	}

	private static Set<ConsentScope> scopes(SplittableRandom random) {
		return random.nextInt(10) < 6 ? EnumSet.allOf(ConsentScope.class) : EnumSet.of(ConsentScope.PLATFORM_SHARING);
	}

	// ---------------------------------------------------------------- credit records

	/** Whom a record is about. */
	public enum SubjectKind {
		ENTERPRISE, WORKER
	}

	/**
	 * A record type of the record catalogue (record/V70_1) with how often it befalls one subject in a year.
	 * Inspections and training are common; penalties rarer; the serious-dishonesty list and dishonest
	 * judgment debtors rare.
	 */
	public enum RecordKind {
		INSPECTION_PASSED(SubjectKind.ENTERPRISE, 0.60), INSPECTION_FAILED(SubjectKind.ENTERPRISE, 0.12),
		COMPLAINT_SUBSTANTIATED_E(SubjectKind.ENTERPRISE, 0.15), ADMIN_PENALTY_GENERAL_E(SubjectKind.ENTERPRISE, 0.05),
		ADMIN_PENALTY_SERIOUS_E(SubjectKind.ENTERPRISE, 0.005), RECTIFICATION_OVERDUE(SubjectKind.ENTERPRISE, 0.02),
		ABNORMAL_OPERATION(SubjectKind.ENTERPRISE, 0.03), HONOUR_E(SubjectKind.ENTERPRISE, 0.05),
		CONTRACT_DISPUTE_LOST(SubjectKind.ENTERPRISE, 0.02), SERIOUS_DISHONESTY_LIST_E(SubjectKind.ENTERPRISE, 0.001),
		DISHONEST_JUDGMENT_DEBTOR_E(SubjectKind.ENTERPRISE, 0.002),
		TRAINING_COMPLETED(SubjectKind.WORKER, 0.50), HONOUR_W(SubjectKind.WORKER, 0.03),
		COMPLAINT_SUBSTANTIATED_W(SubjectKind.WORKER, 0.04), ADMIN_PENALTY_GENERAL_W(SubjectKind.WORKER, 0.003),
		ADMIN_PENALTY_SERIOUS_W(SubjectKind.WORKER, 0.0003), SERIOUS_DISHONESTY_LIST_W(SubjectKind.WORKER, 0.0001),
		DISHONEST_JUDGMENT_DEBTOR_W(SubjectKind.WORKER, 0.0005);

		public final SubjectKind subject;

		/** Records per subject and year. */
		public final double yearlyRate;

		RecordKind(SubjectKind subject, double yearlyRate) {
			this.subject = subject;
			this.yearlyRate = yearlyRate;
		}

		/** The catalogue code, e.g. HONOUR for both HONOUR_E and HONOUR_W. */
		public String typeCode() {
			String name = name();
			return name.endsWith("_E") || name.endsWith("_W") ? name.substring(0, name.length() - 2) : name;
		}

		static double total(SubjectKind subject) {
			double sum = 0;
			for (RecordKind kind : values()) {
				if (kind.subject == subject) {
					sum += kind.yearlyRate;
				}
			}
			return sum;
		}
	}

	/** Decision dates reach this many days back. */
	public static final int RECORD_DAYS = 3 * 365;

	/**
	 * One credit record as a regulator would enter it: about which kind of subject (the caller picks
	 * which one with {@link #subjectDraw}), its type, the deciding body, 文书号, decision date and summary.
	 *
	 * @param subjectDraw a uniform draw in [0, 1) for choosing the subject
	 */
	public record RecordPlan(RecordKind kind, double subjectDraw, LocalDate decisionDate, int daysToEntry) {
	}

	/** The share of records about enterprises when the province has these many of each, at the yearly rates above. */
	public static double enterpriseShare(long enterprises, long workers) {
		double e = enterprises * RecordKind.total(SubjectKind.ENTERPRISE);
		double w = workers * RecordKind.total(SubjectKind.WORKER);
		return e + w == 0 ? 1 : e / (e + w);
	}

	public static RecordPlan record(long seed, long index, double enterpriseShare, LocalDate today) {
		SplittableRandom random = new SplittableRandom(seed * 7_000_003L + index * 31 + 17);
		SubjectKind subject = random.nextDouble() < enterpriseShare ? SubjectKind.ENTERPRISE : SubjectKind.WORKER;
		double r = random.nextDouble() * RecordKind.total(subject);
		RecordKind kind = null;
		for (RecordKind candidate : RecordKind.values()) {
			if (candidate.subject == subject) {
				kind = candidate;
				r -= candidate.yearlyRate;
				if (r < 0) {
					break;
				}
			}
		}
		LocalDate decision = today.minusDays(random.nextInt(RECORD_DAYS));
		int entry = (int) Math.min(random.nextInt(15), today.toEpochDay() - decision.toEpochDay());
		return new RecordPlan(kind, random.nextDouble(), decision, entry);
	}

	/** Who decided, as it is written on the record: the county's authority for most, a court or an association for some. */
	public static String source(RecordKind kind, String county, long draw) {
		String city = Shaanxi.cityName(county);
		String name = Shaanxi.countyName(county);
		return switch (kind) {
			case INSPECTION_PASSED, INSPECTION_FAILED, RECTIFICATION_OVERDUE -> city + name + "商务局";
			case COMPLAINT_SUBSTANTIATED_E, COMPLAINT_SUBSTANTIATED_W, ADMIN_PENALTY_GENERAL_E, ADMIN_PENALTY_GENERAL_W,
					ADMIN_PENALTY_SERIOUS_E, ADMIN_PENALTY_SERIOUS_W, ABNORMAL_OPERATION -> city + name + "市场监督管理局";
			case SERIOUS_DISHONESTY_LIST_E, SERIOUS_DISHONESTY_LIST_W -> "陕西省市场监督管理局";
			case DISHONEST_JUDGMENT_DEBTOR_E, DISHONEST_JUDGMENT_DEBTOR_W, CONTRACT_DISPUTE_LOST -> city + name + "人民法院";
			case HONOUR_E, HONOUR_W -> (draw % 3 == 0 ? city + "家庭服务业协会" : draw % 3 == 1 ? city + name + "妇女联合会" : city + name + "商务局");
			case TRAINING_COMPLETED -> TRAINING_BODIES[(int) (draw % TRAINING_BODIES.length)];
		};
	}

	private static final String[] TRAINING_BODIES = { "陕西省家政服务职业技能培训学校", "西安市家庭服务业协会培训中心", "三秦家政服务技能培训中心",
			"陕西开放大学继续教育学院" };

	/**
	 * 文书号 in the form each body uses: 雁市监罚〔2025〕123号 for a penalty of 雁塔区's market regulator,
	 * (2025)陕0113执1234号 for an enforcement case of its court; {@code number} is the body's running number.
	 */
	public static String documentNumber(RecordKind kind, String county, LocalDate decision, long number) {
		String initial = Shaanxi.countyName(county).isEmpty() ? "陕" : Shaanxi.countyName(county).substring(0, 1);
		int year = decision.getYear();
		String seq = Long.toString(number);
		return switch (kind) {
			case ADMIN_PENALTY_GENERAL_E, ADMIN_PENALTY_GENERAL_W -> initial + "市监罚〔" + year + "〕" + seq + "号";
			case ADMIN_PENALTY_SERIOUS_E, ADMIN_PENALTY_SERIOUS_W -> initial + "市监罚〔" + year + "〕" + seq + "号";
			case COMPLAINT_SUBSTANTIATED_E, COMPLAINT_SUBSTANTIATED_W -> initial + "市监投处〔" + year + "〕" + seq + "号";
			case ABNORMAL_OPERATION -> initial + "市监异〔" + year + "〕" + seq + "号";
			case RECTIFICATION_OVERDUE -> initial + "商责改〔" + year + "〕" + seq + "号";
			case INSPECTION_PASSED, INSPECTION_FAILED -> initial + "商检〔" + year + "〕" + seq + "号";
			case SERIOUS_DISHONESTY_LIST_E, SERIOUS_DISHONESTY_LIST_W -> "陕市监严失〔" + year + "〕" + seq + "号";
			case DISHONEST_JUDGMENT_DEBTOR_E, DISHONEST_JUDGMENT_DEBTOR_W -> "（" + year + "）陕" + county.substring(2) + "执" + seq + "号";
			case CONTRACT_DISPUTE_LOST -> "（" + year + "）陕" + county.substring(2) + "民初" + seq + "号";
			case HONOUR_E, HONOUR_W -> initial + "家表〔" + year + "〕" + seq + "号";
			case TRAINING_COMPLETED -> String.format(Locale.ROOT, "JZPX%d%06d", year, number % 1_000_000);
		};
	}

	/** A one-line summary of what was decided. */
	public static String summary(RecordKind kind, long draw) {
		String[] texts = switch (kind) {
			case INSPECTION_PASSED -> new String[] { "家政服务机构年度检查合格", "双随机抽查：持证上岗、明码标价情况良好" };
			case INSPECTION_FAILED -> new String[] { "抽查发现服务人员健康证过期，责令限期整改", "未公示服务价格，责令限期整改" };
			case COMPLAINT_SUBSTANTIATED_E, COMPLAINT_SUBSTANTIATED_W -> new String[] { "消费者投诉服务未按约定完成，经调查属实",
					"投诉收费与约定不符，经调查属实", "投诉服务过程中损坏物品，经调查属实" };
			case ADMIN_PENALTY_GENERAL_E, ADMIN_PENALTY_GENERAL_W -> new String[] { "未明码标价，警告并处罚款 2000 元",
					"虚假宣传服务人员资质，罚款 5000 元" };
			case ADMIN_PENALTY_SERIOUS_E, ADMIN_PENALTY_SERIOUS_W -> new String[] { "使用未经体检人员从事母婴护理服务，罚款 30000 元",
					"以欺诈手段收取服务费用，没收违法所得并处罚款" };
			case RECTIFICATION_OVERDUE -> new String[] { "责令整改期满未整改" };
			case ABNORMAL_OPERATION -> new String[] { "未按规定报送年度报告，列入经营异常名录", "通过登记的住所无法联系，列入经营异常名录" };
			case HONOUR_E -> new String[] { "评为家政服务业诚信示范企业", "获评巾帼家政服务示范点" };
			case HONOUR_W -> new String[] { "评为优秀家政服务员", "获评金牌月嫂" };
			case CONTRACT_DISPUTE_LOST -> new String[] { "家政服务合同纠纷，一审判决败诉" };
			case SERIOUS_DISHONESTY_LIST_E, SERIOUS_DISHONESTY_LIST_W -> new String[] { "因严重违法失信行为列入严重失信主体名单" };
			case DISHONEST_JUDGMENT_DEBTOR_E, DISHONEST_JUDGMENT_DEBTOR_W -> new String[] { "有履行能力而拒不履行生效法律文书确定义务" };
			case TRAINING_COMPLETED -> new String[] { "完成家政服务员岗前培训", "完成育婴员培训", "完成养老护理员培训", "完成母婴护理培训" };
		};
		return texts[(int) (draw % texts.length)];
	}

	/** The username a county's regulator acts under in generated data. */
	public static String regulatorName(String county) {
		return "demo-" + county;
	}

	/** The username an enterprise's administrator acts under in generated data. */
	public static String ownerName(long enterprise) {
		return "demo-enterprise-" + enterprise;
	}
}
