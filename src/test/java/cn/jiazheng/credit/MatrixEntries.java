package cn.jiazheng.credit;

import java.util.EnumSet;
import java.util.Set;

import cn.jiazheng.credit.AuthorizationMatrixTest.Caller;

/** The matrix rows of the modules beyond identity: region, calendar, audit, statistics. */
final class MatrixEntries {

	private MatrixEntries() {
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
		matrix.admin("GET /admin/audit");
		matrix.admin("POST /admin/audit/verify");
	}
}
