package cn.jiazheng.credit;

import java.util.EnumSet;
import java.util.Set;

import cn.jiazheng.credit.AuthorizationMatrixTest.Caller;
import cn.jiazheng.credit.AuthorizationMatrixTest.Target;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;

/** The matrix rows of the modules beyond identity: region, calendar, audit, statistics. */
final class MatrixEntries {

	private MatrixEntries() {
	}

	private static void archive(AuthorizationMatrixTest matrix) {
		Set<Caller> readers = EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR, Caller.ENTERPRISE_ADMIN,
				Caller.ENTERPRISE_STAFF, Caller.INTEGRATOR);
		Set<Caller> reviewers = EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR);
		MatrixFixtures fixtures = matrix.fixtures;
		matrix.allow("GET /api/v1/enterprises", readers);
		matrix.allow("POST /api/v1/enterprises", reviewers);
		matrix.territorial("GET /api/v1/enterprises/{id}", readers, caller -> fixtures.enterprise(Target.class));
		matrix.territorial("GET /api/v1/enterprises/{id}/revisions", readers, caller -> fixtures.enterprise(Target.class));
		matrix.territorial("GET /api/v1/enterprises/{id}/revisions/{number}/differences", readers,
				caller -> fixtures.enterprise(Target.class));
		matrix.territorialWrite("PUT /api/v1/enterprises/{id}/draft",
				EnumSet.of(Caller.ENTERPRISE_ADMIN, Caller.ENTERPRISE_STAFF), caller -> fixtures.enterprise(Target.class));
		matrix.territorialWrite("POST /api/v1/enterprises/{id}/submission", EnumSet.of(Caller.ENTERPRISE_ADMIN),
				caller -> fixtures.enterprise(Target.class));
		matrix.allow("GET /api/v1/reviews", reviewers);
		matrix.allow("GET /enterprises", reviewers);
		matrix.allow("POST /enterprises", reviewers);
		matrix.territorial("GET /enterprises/{id}", reviewers, caller -> fixtures.enterprise(Target.class));
		matrix.territorial("POST /enterprises/{id}/revisions/{number}/approval", reviewers,
				caller -> fixtures.enterprise(Target.class));
		matrix.territorial("POST /enterprises/{id}/revisions/{number}/return", reviewers,
				caller -> fixtures.enterprise(Target.class));
		matrix.allow("GET /reviews", reviewers);
		Set<Caller> enterprise = EnumSet.of(Caller.ENTERPRISE_ADMIN, Caller.ENTERPRISE_STAFF);
		matrix.allow("GET /enterprise/file", enterprise);
		matrix.allow("POST /enterprise/file", enterprise);
		matrix.allow("POST /enterprise/file/submission", EnumSet.of(Caller.ENTERPRISE_ADMIN));
		Set<Caller> workerReaders = EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR, Caller.ENTERPRISE_ADMIN,
				Caller.ENTERPRISE_STAFF);
		matrix.allow("POST /api/v1/workers", enterprise);
		matrix.allow("GET /api/v1/workers", workerReaders);
		matrix.territorial("GET /api/v1/workers/{id}", workerReaders, caller -> fixtures.worker(Target.class));
		matrix.territorial("GET /api/v1/workers/{id}/identity",
				EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR, Caller.ENTERPRISE_ADMIN), caller -> fixtures.worker(Target.class));
		matrix.allow("GET /workers", workerReaders);
		matrix.allow("POST /workers", enterprise);
		matrix.territorial("GET /workers/{id}", workerReaders, caller -> fixtures.worker(Target.class));
		matrix.territorial("POST /workers/{id}/identity", EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR, Caller.ENTERPRISE_ADMIN),
				caller -> fixtures.worker(Target.class));
		matrix.admin("GET /admin/service-categories");
		matrix.admin("POST /admin/service-categories");
		matrix.admin("POST /admin/service-categories/{code}/active");
		matrix.territorial("POST /api/v1/enterprises/{id}/revisions/{number}/approval", reviewers,
				caller -> fixtures.enterprise(Target.class));
		matrix.territorial("POST /api/v1/enterprises/{id}/revisions/{number}/return", reviewers,
				caller -> fixtures.enterprise(Target.class));
	}

	static void addModuleEntries(AuthorizationMatrixTest matrix) {
		matrix.admin("GET /admin/regions");
		matrix.admin("POST /admin/regions/datasets");
		matrix.admin("GET /admin/calendar");
		matrix.admin("POST /admin/calendar/years");
		Set<Caller> regionReaders = EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR, Caller.ENTERPRISE_ADMIN,
				Caller.ENTERPRISE_STAFF, Caller.INTEGRATOR);
		matrix.allow("GET /api/v1/regions", regionReaders);
		matrix.allow("GET /api/v1/regions/{code}", regionReaders);
		matrix.allow("GET /api/v1/regions/{code}/children", regionReaders);
		archive(matrix);
		matrix.admin("GET /admin/audit");
		matrix.admin("POST /admin/audit/verify");
	}
}
