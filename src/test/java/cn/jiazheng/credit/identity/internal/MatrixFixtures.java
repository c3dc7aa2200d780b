package cn.jiazheng.credit.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.Worker;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.consent.AuthorisationLetter;
import cn.jiazheng.credit.consent.ConsentScope;
import cn.jiazheng.credit.consent.Consents;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.ApiScope;
import cn.jiazheng.credit.identity.DemoCast;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The cast of the authorisation matrix: the demo accounts as callers, and two target accounts, one
 * inside the county regulator's territory and the enterprise admin's enterprise (雁塔区, enterprise 1),
 * one outside both (碑林区, enterprise 2).
 */
@TestComponent
public class MatrixFixtures {

	private static final Map<String, String> CALLERS = Map.of("PLATFORM_ADMIN", "admin", "REGULATOR", "yanta",
			"ENTERPRISE_ADMIN", "qiye", "ENTERPRISE_STAFF", "qiye-staff", "WORKER", "ayi", "CONSUMER", "jumin");

	/** Path values for an own and an other target: {@code OWN} and {@code OTHER} keys. */
	public enum Target {
		OWN, OTHER
	}

	private final DemoData demo;

	private final AccountRepository accounts;

	private final AccountManagement management;

	private final ApiKeys keys;

	private final Workers workers;

	private final Consents consents;

	private String integratorKey;

	private DemoData.Cast cast;

	private long ownWorker;

	private long otherWorker;

	private long ownLetter;

	private long otherLetter;

	private long ownAccount;

	private long otherAccount;

	MatrixFixtures(DemoData demo, AccountRepository accounts, AccountManagement management, ApiKeys keys,
			Workers workers, Consents consents) {
		this.workers = workers;
		this.consents = consents;
		this.demo = demo;
		this.accounts = accounts;
		this.management = management;
		this.keys = keys;
	}

	public void prepare() {
		cast = demo.seedCast();
		ownAccount = target("mx-own", RegionCode.of("610113"), cast.demoEnterprise());
		otherAccount = target("mx-other", RegionCode.of("610103"), cast.otherEnterprise());
		ownWorker = worker(cast.demoEnterprise(), "610113", 11);
		otherWorker = worker(cast.otherEnterprise(), "610103", 12);
		ownLetter = letter(ownWorker, cast.demoEnterprise(), "610113");
		otherLetter = letter(otherWorker, cast.otherEnterprise(), "610103");
		integratorKey = keys.issue(DemoAccountsSupport.ADMIN, "矩阵测试调用方", List.of(ApiScope.values()),
				RegionCode.of("610113"));
	}

	private long target(String username, RegionCode county, long enterprise) {
		return accounts.findByUsername(username)
			.map(Account::id)
			.orElseGet(() -> management.createWithPassword(DemoAccountsSupport.ADMIN,
					new NewAccount(username, "矩阵目标", Role.ENTERPRISE_STAFF, county, enterprise), DemoCast.PASSWORD)
				.id());
	}

	/** Accounts: own is inside yanta's territory and qiye's enterprise, other inside neither. */
	public <T extends Enum<T>> Map<T, String> account(Enum<?> caller, Class<T> targets) {
		return Map.of(Enum.valueOf(targets, "OWN"), Long.toString(ownAccount), Enum.valueOf(targets, "OTHER"),
				Long.toString(otherAccount));
	}

	/** A fresh key each time, so that revoking it twice is not needed. */
	public <T extends Enum<T>> Map<T, String> freshApiKey(Class<T> targets) {
		String key = keys.issue(DemoAccountsSupport.ADMIN, "待吊销", List.of(ApiScope.REGIONS_READ), RegionCode.of("61"));
		long id = keys.list(DemoAccountsSupport.ADMIN).stream().filter(k -> key.contains(k.prefix())).findFirst().orElseThrow().id();
		return Map.of(Enum.valueOf(targets, "OWN"), Long.toString(id), Enum.valueOf(targets, "OTHER"), Long.toString(id));
	}

	/** Enterprises: own is qiye's (雁塔区, inside yanta's territory), other is qiye2's (碑林区, inside neither). */
	public <T extends Enum<T>> Map<T, String> enterprise(Class<T> targets) {
		return Map.of(Enum.valueOf(targets, "OWN"), Long.toString(cast.demoEnterprise()), Enum.valueOf(targets, "OTHER"),
				Long.toString(cast.otherEnterprise()));
	}

	/** Workers: own is kept by qiye's enterprise (雁塔区), other by qiye2's (碑林区). */
	public <T extends Enum<T>> Map<T, String> worker(Class<T> targets) {
		return Map.of(Enum.valueOf(targets, "OWN"), Long.toString(ownWorker), Enum.valueOf(targets, "OTHER"),
				Long.toString(otherWorker));
	}

	/** Letters: own is a letter of qiye's worker, other of qiye2's. */
	public <T extends Enum<T>> Map<T, String> letter(Class<T> targets) {
		return Map.of(Enum.valueOf(targets, "OWN"), Long.toString(ownLetter), Enum.valueOf(targets, "OTHER"),
				Long.toString(otherLetter));
	}

	private long letter(long worker, long enterprise, String county) {
		Actor keeper = new Actor(0, "matrix", "矩阵", Role.ENTERPRISE_ADMIN, RegionCode.of(county), enterprise);
		List<AuthorisationLetter> existing = consents.letters(keeper, worker);
		return existing.isEmpty() ? consents.fileLetter(keeper, worker, "%PDF-1.4 matrix".getBytes(),
				java.util.EnumSet.of(ConsentScope.PLATFORM_SHARING)) : existing.get(0).id();
	}

	private long worker(long enterprise, String county, long seed) {
		Actor keeper = new Actor(0, "matrix", "矩阵", Role.ENTERPRISE_ADMIN, RegionCode.of(county), enterprise);
		ResidentId id = ResidentId.generate(RegionCode.of(county), LocalDate.of(1980, 1, 1), Gender.FEMALE,
				new java.util.SplittableRandom(seed));
		List<Worker> existing = workers.search(keeper, id.value(), 0, 1);
		return existing.isEmpty() ? workers.register(keeper, "矩阵服务员", id.value(), null) : existing.get(0).id();
	}

	/** Authenticates the request as the caller: a demo account's session, an API key, or nobody. */
	public MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String caller) {
		if (caller.equals("ANONYMOUS")) {
			return request;
		}
		if (caller.equals("INTEGRATOR")) {
			return request.header(ApiKeyAuthenticationFilter.HEADER, integratorKey);
		}
		return asAccount(request, CALLERS.get(caller));
	}

	/** Authenticates the request as this demo account, with the permissions it holds. */
	public MockHttpServletRequestBuilder asAccount(MockHttpServletRequestBuilder request, String username) {
		Account account = accounts.findByUsername(username).orElseThrow();
		return request.with(user(new AccountPrincipal(account, Instant.now())));
	}
}
