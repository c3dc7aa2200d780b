package cn.jiazheng.credit.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.EmploymentModel;
import cn.jiazheng.credit.archive.Enterprise;
import cn.jiazheng.credit.archive.EnterpriseFile;
import cn.jiazheng.credit.archive.EnterpriseType;
import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.Insurance;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.RevisionState;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Accounts;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.DemoCast;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.stereotype.Service;

/** Seeds through the archive's and identity's own services, acting as the people who would. */
@Service
class SeedingDemoData implements DemoData {

	/** Counties of very different sizes: a city centre, suburbs, and smaller places. Weights are relative sizes. */
	private static final List<County> COUNTIES = List.of(new County("610113", "西安", 30), new County("610103", "西安", 12),
			new County("610104", "西安", 12), new County("610112", "西安", 15), new County("610116", "西安", 10),
			new County("610111", "西安", 6), new County("610402", "咸阳", 7), new County("610302", "宝鸡", 5),
			new County("610702", "汉中", 2), new County("610802", "榆林", 1));

	private static final String[] CATEGORIES = { "COOKING", "CLEANING", "MOVING", "HOME_TUTORING", "CHILD_CARE",
			"MATERNITY_CARE", "INFANT_CARE", "ELDER_PATIENT_CARE" };

	private static final Actor PLATFORM = new Actor(0, "demo", "演示数据", Role.PLATFORM_ADMIN, null, null);

	private final EnterpriseFiles files;

	private final DemoCast cast;

	private final Workers workers;

	private final Accounts accounts;

	SeedingDemoData(EnterpriseFiles files, DemoCast cast, Workers workers, Accounts accounts) {
		this.files = files;
		this.cast = cast;
		this.workers = workers;
		this.accounts = accounts;
	}

	@Override
	public Cast seedCast() {
		long demo = released(CreditCode.generate(RegionCode.of("610113"), new SplittableRandom(20261)), "西安安心家政服务有限公司",
				"610113", EnterpriseType.ENTERPRISE, new SplittableRandom(1));
		long other = released(CreditCode.generate(RegionCode.of("610103"), new SplittableRandom(20262)), "碑林好帮手家政服务部",
				"610103", EnterpriseType.INDIVIDUAL_BUSINESS, new SplittableRandom(2));
		cast.seed(demo, other);
		linkDemoWorker(demo);
		return new Cast(demo, other);
	}

	@Override
	public int seedProvince(int enterprises, long seed) {
		int total = COUNTIES.stream().mapToInt(County::weight).sum();
		int made = 0;
		for (int i = 0; i < enterprises; i++) {
			// One stream per enterprise, so that the ones already there do not shift the others.
			SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
			County county = pick(random, total);
			CreditCode code = CreditCode.generate(RegionCode.of(county.code()), random);
			if (!files.list(PLATFORM, null, code.value(), 0, 1).isEmpty()) {
				continue;
			}
			String name = ChineseNames.enterprise(county.city(), random);
			long id = files.register(regulatorOf(county.code()), code.value(), name, county.code());
			Actor owner = ownerOf(id, county.code());
			int fate = random.nextInt(100);
			if (fate < 20) {
				made++;
				continue;
			}
			files.saveDraft(owner, id, file(name, county.code(), random.nextBoolean() ? EnterpriseType.ENTERPRISE
					: EnterpriseType.INDIVIDUAL_BUSINESS, random));
			files.submit(owner, id);
			if (fate < 35) {
				made++;
				continue;
			}
			if (fate < 45) {
				files.returnToEnterprise(regulatorOf(county.code()), id, 1, "请补充保险单据并核对法定代表人信息");
			}
			else {
				files.approve(regulatorOf(county.code()), id, 1);
			}
			made++;
		}
		return made;
	}

	/** 王秀兰 (account {@code ayi}) works for the demo enterprise, so that her own pages show a real file. */
	private void linkDemoWorker(long enterprise) {
		Actor keeper = ownerOf(enterprise, "610113");
		ResidentId id = ResidentId.generate(RegionCode.of("610113"), LocalDate.of(1976, 4, 12), Gender.FEMALE,
				new SplittableRandom(20263));
		if (workers.search(keeper, id.value(), 0, 1).isEmpty()) {
			long worker = workers.register(keeper, "王秀兰", id.value(), "13709251234");
			accounts.idOf("ayi").ifPresent(account -> workers.linkAccount(PLATFORM, worker, account));
		}
	}

	@Override
	public int seedWorkers(int count, long seed) {
		List<Enterprise> employers = files.list(PLATFORM, RevisionState.RELEASED, null, 0, 1000);
		if (employers.isEmpty()) {
			return 0;
		}
		int made = 0;
		for (int i = 0; i < count; i++) {
			SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
			// Squaring skews towards the first employers: a few large, many small.
			double u = random.nextDouble();
			Enterprise employer = employers.get((int) (u * u * employers.size()));
			Gender gender = random.nextInt(10) < 9 ? Gender.FEMALE : Gender.MALE;
			LocalDate birth = LocalDate.of(1965 + random.nextInt(36), 1 + random.nextInt(12), 1 + random.nextInt(28));
			ResidentId id = ResidentId.generate(RegionCode.of(employer.regionCode()), birth, gender, random);
			Actor keeper = ownerOf(employer.id(), employer.regionCode());
			if (!workers.search(keeper, id.value(), 0, 1).isEmpty()) {
				continue;
			}
			try {
				workers.register(keeper, ChineseNames.person(random), id.value(), ChineseNames.mobile(random));
				made++;
			}
			catch (InvalidValueException ex) {
				// The same person generated for another employer: the platform refuses a second file, so do we.
			}
		}
		return made;
	}

	private long released(CreditCode code, String name, String county, EnterpriseType type, SplittableRandom random) {
		List<Enterprise> existing = files.list(PLATFORM, null, code.value(), 0, 1);
		if (!existing.isEmpty()) {
			return existing.get(0).id();
		}
		long id = files.register(regulatorOf(county), code.value(), name, county);
		Actor owner = ownerOf(id, county);
		files.saveDraft(owner, id, file(name, county, type, random));
		files.submit(owner, id);
		files.approve(regulatorOf(county), id, 1);
		return id;
	}

	private static EnterpriseFile file(String name, String county, EnterpriseType type, SplittableRandom random) {
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

	private static County pick(SplittableRandom random, int total) {
		int r = random.nextInt(total);
		for (County county : COUNTIES) {
			r -= county.weight();
			if (r < 0) {
				return county;
			}
		}
		return COUNTIES.get(0);
	}

	private static Actor regulatorOf(String county) {
		return new Actor(0, "demo-" + county, "演示审核人", Role.REGULATOR, RegionCode.of(county), null);
	}

	private static Actor ownerOf(long enterprise, String county) {
		return new Actor(0, "demo-enterprise-" + enterprise, "演示企业", Role.ENTERPRISE_ADMIN, RegionCode.of(county), enterprise);
	}

	private record County(String code, String city, int weight) {
	}
}
