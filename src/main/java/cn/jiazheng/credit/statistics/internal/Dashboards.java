package cn.jiazheng.credit.statistics.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.RevisionState;
import cn.jiazheng.credit.audit.AuditQueries;
import cn.jiazheng.credit.calendar.CalendarYearNotLoadedException;
import cn.jiazheng.credit.calendar.WorkingCalendar;
import cn.jiazheng.credit.identity.Accounts;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.Scope;
import cn.jiazheng.credit.region.RegionDirectory;

import org.springframework.stereotype.Service;

/** Builds each role's home page from the public services of the modules. */
@Service
public class Dashboards {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Accounts accounts;

	private final EnterpriseFiles enterprises;

	private final RegionDirectory regions;

	private final AuditQueries audit;

	private final WorkingCalendar calendar;

	private final Clock clock;

	Dashboards(Accounts accounts, EnterpriseFiles enterprises, RegionDirectory regions, AuditQueries audit, WorkingCalendar calendar, Clock clock) {
		this.accounts = accounts;
		this.enterprises = enterprises;
		this.regions = regions;
		this.audit = audit;
		this.calendar = calendar;
		this.clock = clock;
	}

	public Dashboard forActor(Actor actor) {
		Scope scope = actor.scope();
		List<Figure> figures = new ArrayList<>();
		switch (actor.role()) {
			case PLATFORM_ADMIN -> {
				for (Role role : List.of(Role.REGULATOR, Role.ENTERPRISE_ADMIN, Role.ENTERPRISE_STAFF, Role.WORKER,
						Role.CONSUMER, Role.PLATFORM_ADMIN)) {
					figures.add(Figure.linked("statistics.accounts." + role, accounts.count(scope, role),
							"/admin/accounts?role=" + role));
				}
				figures.add(Figure.linked("statistics.accounts.locked", accounts.countLocked(scope),
						"/admin/accounts?locked=true"));
				var since = clock.instant().minus(Duration.ofHours(24));
				figures.add(Figure.linked("statistics.audit.day", audit.countSince(since), "/admin/audit"));
				figures.add(Figure.linked("statistics.audit.failures", audit.failuresSince(since), "/admin/audit?outcome=FAILURE"));
				figures.add(Figure.linked("statistics.calendar.years", calendar.loadedYears().size(), "/admin/calendar"));
				figures.add(Figure.linked("statistics.regions.provinces", regions.provinces().size(), "/admin/regions"));
			}
			case REGULATOR -> {
				Map<RevisionState, Long> files = enterprises.countByState(actor);
				figures.add(Figure.linked("statistics.enterprises.waiting", files.getOrDefault(RevisionState.SUBMITTED, 0L), "/reviews"));
				figures.add(Figure.linked("statistics.enterprises.released", files.getOrDefault(RevisionState.RELEASED, 0L),
						"/enterprises?state=RELEASED"));
				figures.add(Figure.linked("statistics.enterprises.all", files.values().stream().mapToLong(Long::longValue).sum(),
						"/enterprises"));
				figures.add(Figure.of("statistics.regions.below", regions.children(actor.territory()).size()));
				figures.add(Figure.linked("statistics.accounts.ENTERPRISE_ADMIN", accounts.count(scope, Role.ENTERPRISE_ADMIN),
						"/accounts?role=ENTERPRISE_ADMIN"));
				figures.add(Figure.linked("statistics.accounts.ENTERPRISE_STAFF", accounts.count(scope, Role.ENTERPRISE_STAFF),
						"/accounts?role=ENTERPRISE_STAFF"));
				figures.add(Figure.linked("statistics.accounts.REGULATOR", accounts.count(scope, Role.REGULATOR),
						"/accounts?role=REGULATOR"));
				figures.add(Figure.of("statistics.accounts.locked", accounts.countLocked(scope)));
			}
			case ENTERPRISE_ADMIN, ENTERPRISE_STAFF -> {
				figures.add(Figure.linked("statistics.enterprise.revision", enterprises.get(actor, actor.enterpriseId()).latestNumber(),
						"/enterprise/file"));
				figures.add(Figure.of("statistics.accounts.enterprise", accounts.count(scope, Role.ENTERPRISE_ADMIN)
						+ accounts.count(scope, Role.ENTERPRISE_STAFF)));
				figures.add(Figure.of("statistics.accounts.locked", accounts.countLocked(scope)));
			}
			default -> {
			}
		}
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		String territory = actor.territory() == null ? null : regions.namePath(actor.territory());
		return new Dashboard("statistics.home." + actor.role(), territory, figures, today, workingDay(today),
				deadline(today));
	}

	private Boolean workingDay(LocalDate today) {
		try {
			return calendar.isWorkingDay(today);
		}
		catch (CalendarYearNotLoadedException ex) {
			return false;
		}
	}

	private LocalDate deadline(LocalDate today) {
		try {
			return calendar.plusWorkingDays(today, 15);
		}
		catch (CalendarYearNotLoadedException ex) {
			return null;
		}
	}
}
