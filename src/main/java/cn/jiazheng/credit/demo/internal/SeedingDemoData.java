package cn.jiazheng.credit.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import cn.jiazheng.credit.archive.BackgroundChecks;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.ServiceCategories;
import cn.jiazheng.credit.archive.ServiceCategory;
import cn.jiazheng.credit.archive.SkillLevel;
import cn.jiazheng.credit.archive.TrainingRecord;
import cn.jiazheng.credit.archive.Worker;
import cn.jiazheng.credit.archive.WorkerFile;
import cn.jiazheng.credit.archive.WorkerFiles;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.consent.ConsentScope;
import cn.jiazheng.credit.consent.Consents;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.demo.internal.ProvinceShape.Health;
import cn.jiazheng.credit.demo.internal.ProvinceShape.WorkerFate;
import cn.jiazheng.credit.identity.Accounts;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.DemoCast;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Seeds through the archive's and identity's own services, acting as the people who would. */
@Service
class SeedingDemoData implements DemoData {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** The demo enterprise's own workers: at least one in every state, and one whose health certificate has expired. */
	private static final List<CastWorker> DEMO_ENTERPRISE_WORKERS = List.of(
			new CastWorker("李桂英", LocalDate.of(1972, 3, 8), WorkerFate.RELEASED, Health.VALID),
			new CastWorker("张春梅", LocalDate.of(1969, 11, 23), WorkerFate.RELEASED, Health.LAPSED),
			new CastWorker("刘海燕", LocalDate.of(1985, 6, 2), WorkerFate.RELEASED, Health.VALID),
			new CastWorker("陈秀珍", LocalDate.of(1967, 9, 14), WorkerFate.SUBMITTED, Health.VALID),
			new CastWorker("杨丽娟", LocalDate.of(1990, 1, 30), WorkerFate.SUBMITTED, Health.VALID),
			new CastWorker("赵红梅", LocalDate.of(1978, 5, 17), WorkerFate.RETURNED, Health.VALID),
			new CastWorker("周玉兰", LocalDate.of(1983, 12, 5), WorkerFate.DRAFT, Health.VALID),
			new CastWorker("吴晓燕", LocalDate.of(1995, 7, 21), WorkerFate.DRAFT, Health.VALID),
			new CastWorker("孙淑珍", LocalDate.of(1970, 2, 11), WorkerFate.NOT_STARTED, Health.VALID));

	private static final Actor PLATFORM = new Actor(0, "demo", "演示数据", Role.PLATFORM_ADMIN, null, null);

	private final EnterpriseFiles files;

	private final DemoCast cast;

	private final Workers workers;

	private final Accounts accounts;

	private final WorkerFiles workerFiles;

	private final Consents consents;

	private final BackgroundChecks checks;

	private final ServiceCategories categories;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SeedingDemoData(EnterpriseFiles files, DemoCast cast, Workers workers, Accounts accounts, WorkerFiles workerFiles,
			Consents consents, BackgroundChecks checks, ServiceCategories categories, PlatformTransactionManager transactions,
			Clock clock) {
		this.files = files;
		this.cast = cast;
		this.workers = workers;
		this.accounts = accounts;
		this.workerFiles = workerFiles;
		this.consents = consents;
		this.checks = checks;
		this.categories = categories;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
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
		int made = 0;
		for (int i = 0; i < enterprises; i++) {
			ProvinceShape.EnterprisePlan plan = ProvinceShape.enterprise(seed, i, ProvinceShape.demoCounties());
			if (!files.list(PLATFORM, null, plan.code().value(), 0, 1).isEmpty()) {
				continue;
			}
			String county = plan.county().code();
			long id = files.register(regulatorOf(county), plan.code().value(), plan.name(), county);
			made++;
			if (plan.fate() == ProvinceShape.EnterpriseFate.REGISTERED) {
				continue;
			}
			Actor owner = ownerOf(id, county);
			files.saveDraft(owner, id, plan.file());
			files.submit(owner, id);
			switch (plan.fate()) {
				case RETURNED -> files.returnToEnterprise(regulatorOf(county), id, 1, ProvinceShape.ENTERPRISE_RETURN_REASON);
				case RELEASED -> files.approve(regulatorOf(county), id, 1);
				default -> {
				}
			}
		}
		return made;
	}

	/** 王秀兰 (account {@code ayi}) works for the demo enterprise, so that her own pages show a real file. */
	private void linkDemoWorker(long enterprise) {
		Actor keeper = ownerOf(enterprise, "610113");
		ResidentId id = ayi();
		if (workers.search(keeper, id.value(), 0, 1).isEmpty()) {
			long worker = workers.register(keeper, "王秀兰", id.value(), "13709251234");
			accounts.idOf("ayi").ifPresent(account -> workers.linkAccount(PLATFORM, worker, account));
		}
	}

	private static ResidentId ayi() {
		return ResidentId.generate(RegionCode.of("610113"), LocalDate.of(1976, 4, 12), Gender.FEMALE, new SplittableRandom(20263));
	}

	@Override
	public int seedCastWorkers() {
		Cast cast = seedCast();
		Actor keeper = ownerOf(cast.demoEnterprise(), "610113");
		LocalDate today = today();
		List<String> offered = offeredCategories();
		Worker ayi = workers.search(keeper, ayi().value(), 0, 1).get(0);
		transaction.executeWithoutResult(status -> releaseAyi(keeper, ayi, today, offered));
		int made = 0;
		for (int i = 0; i < DEMO_ENTERPRISE_WORKERS.size(); i++) {
			CastWorker planned = DEMO_ENTERPRISE_WORKERS.get(i);
			SplittableRandom random = new SplittableRandom(20270 + i);
			SplittableRandom facts = new SplittableRandom(20270 + i).split();
			ResidentId id = ResidentId.generate(RegionCode.of("610113"), planned.born(), Gender.FEMALE, random);
			List<Worker> found = workers.search(keeper, id.value(), 0, 1);
			long worker;
			if (found.isEmpty()) {
				worker = workers.register(keeper, planned.name(), id.value(), ChineseNames.mobile(random));
				made++;
			}
			else if (found.get(0).state() == null) {
				worker = found.get(0).id();
			}
			else {
				continue;
			}
			fill(worker, cast.demoEnterprise(), "610113", ProvinceShape.file(planned.name(), id, null, planned.fate(), planned.health(),
					"610113", today, offered, facts));
		}
		return made;
	}

	/**
	 * Her file is released with a valid examination and a clear check, whatever state an earlier demo left
	 * it in: an open draft or a returned revision is completed and resubmitted, a pending one approved.
	 */
	private void releaseAyi(Actor keeper, Worker ayi, LocalDate today, List<String> offered) {
		Actor regulator = regulatorOf("610113");
		RevisionState state = ayi.state();
		if (ayi.releasedNumber() == null || (state != null && state.open())) {
			int number;
			if (state == RevisionState.SUBMITTED || state == RevisionState.PUBLICITY) {
				number = workerFiles.history(keeper, ayi.id()).get(0).number();
			}
			else {
				number = workerFiles.saveDraft(keeper, ayi.id(), ayiFile(today, offered));
				if (consents.letters(keeper, ayi.id()).stream().findFirst().filter(l -> l.allows(ConsentScope.PLATFORM_SHARING)).isEmpty()) {
					consents.fileLetter(keeper, ayi.id(), DemoLetter.PDF, EnumSet.allOf(ConsentScope.class));
				}
				workerFiles.submit(keeper, ayi.id());
			}
			if (state != RevisionState.PUBLICITY) {
				workerFiles.approve(regulator, ayi.id(), number);
			}
		}
		if (checks.latest(keeper, ayi.id()).isEmpty()) {
			checks.record(regulator, ayi.id(), WorkerFacts.clearCheck("610113", today.minusDays(45)));
		}
	}

	private static WorkerFile ayiFile(LocalDate today, List<String> offered) {
		SplittableRandom random = new SplittableRandom(20264);
		List<String> categories = List.of("CLEANING", "COOKING", "ELDER_PATIENT_CARE").stream().filter(offered::contains).toList();
		return new WorkerFile("陕西省渭南市", "陕西省西安市雁塔区小寨东路126号翠华苑3号楼2单元502室",
				categories.isEmpty() ? List.of(offered.get(0)) : categories, SkillLevel.LEVEL_4,
				WorkerFacts.examination("610113", today.minusDays(30), true, false, random),
				List.of(new TrainingRecord("家政服务员（保洁）培训", 24, "西安市家庭服务业协会培训中心", today.minusYears(4).withDayOfMonth(15),
						"JZPX" + today.minusYears(4).getYear() + "031207"),
						new TrainingRecord("养老护理员培训", 120, "陕西省家政服务职业技能培训学校", today.minusYears(2).withDayOfMonth(20),
								"JZPX" + today.minusYears(2).getYear() + "118532")),
				List.of(new Insurance("意外伤害险", "中国人民财产保险股份有限公司",
						"PEAC" + today.minusMonths(3).getYear() + "61011302", today.minusMonths(3), today.minusMonths(3).plusYears(1).minusDays(1))));
	}

	@Override
	public int seedWorkers(int count, long seed) {
		List<Enterprise> employers = files.list(PLATFORM, RevisionState.RELEASED, null, 0, 1000);
		if (employers.isEmpty()) {
			return 0;
		}
		LocalDate today = today();
		List<String> offered = offeredCategories();
		int made = 0;
		for (int i = 0; i < count; i++) {
			SplittableRandom[] streams = ProvinceShape.workerStreams(seed, i);
			// Squaring skews towards the first employers: a few large, many small.
			double u = streams[0].nextDouble();
			Enterprise employer = employers.get((int) (u * u * employers.size()));
			ProvinceShape.WorkerPlan plan = ProvinceShape.worker(streams[0], streams[1], employer.regionCode(), today, offered);
			Actor keeper = ownerOf(employer.id(), employer.regionCode());
			List<Worker> found = workers.search(keeper, plan.residentId().value(), 0, 1);
			long worker;
			if (found.isEmpty()) {
				try {
					worker = workers.register(keeper, plan.name(), plan.residentId().value(), plan.phone());
					made++;
				}
				catch (InvalidValueException ex) {
					// The same person generated for another employer: the platform refuses a second file, so do we.
					continue;
				}
			}
			else if (found.get(0).state() == null) {
				// Registered by an earlier demo, before worker files existed (or left not started on purpose).
				worker = found.get(0).id();
			}
			else {
				continue;
			}
			fill(worker, employer.id(), employer.regionCode(), plan);
		}
		return made;
	}

	/**
	 * Takes one worker's file as far as the plan says, as the enterprise and the county's regulator
	 * would, in one transaction: a worker is seeded wholly or not at all, and one commit per worker keeps
	 * seeding quick.
	 */
	private void fill(long worker, long enterprise, String county, ProvinceShape.WorkerPlan plan) {
		if (plan.fate() == WorkerFate.NOT_STARTED) {
			return;
		}
		Actor keeper = ownerOf(enterprise, county);
		Actor regulator = regulatorOf(county);
		transaction.executeWithoutResult(status -> {
			int number = workerFiles.saveDraft(keeper, worker, plan.revisions().get(0));
			if (plan.letter() != null) {
				consents.fileLetter(keeper, worker, DemoLetter.PDF, plan.letter());
			}
			if (plan.fate() == WorkerFate.DRAFT) {
				return;
			}
			workerFiles.submit(keeper, worker);
			switch (plan.fate()) {
				case RETURNED -> workerFiles.returnToEnterprise(regulator, worker, number, plan.returnReason());
				case RELEASED -> {
					workerFiles.approve(regulator, worker, number);
					for (WorkerFile renewed : plan.revisions().subList(1, plan.revisions().size())) {
						int next = workerFiles.saveDraft(keeper, worker, renewed);
						workerFiles.submit(keeper, worker);
						workerFiles.approve(regulator, worker, next);
					}
					if (plan.check() != null) {
						checks.record(regulator, worker, plan.check());
					}
				}
				default -> {
				}
			}
		});
	}

	/** Only the categories the administrator still offers: a deactivated one would refuse the draft. */
	private List<String> offeredCategories() {
		return categories.all().stream().filter(ServiceCategory::active).map(ServiceCategory::code).toList();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}

	private long released(CreditCode code, String name, String county, EnterpriseType type, SplittableRandom random) {
		List<Enterprise> existing = files.list(PLATFORM, null, code.value(), 0, 1);
		if (!existing.isEmpty()) {
			return existing.get(0).id();
		}
		long id = files.register(regulatorOf(county), code.value(), name, county);
		Actor owner = ownerOf(id, county);
		files.saveDraft(owner, id, ProvinceShape.enterpriseFile(name, county, type, random));
		files.submit(owner, id);
		files.approve(regulatorOf(county), id, 1);
		return id;
	}

	private static Actor regulatorOf(String county) {
		return new Actor(0, "demo-" + county, "演示审核人", Role.REGULATOR, RegionCode.of(county), null);
	}

	private static Actor ownerOf(long enterprise, String county) {
		return new Actor(0, "demo-enterprise-" + enterprise, "演示企业", Role.ENTERPRISE_ADMIN, RegionCode.of(county), enterprise);
	}

	private record CastWorker(String name, LocalDate born, WorkerFate fate, Health health) {
	}
}
