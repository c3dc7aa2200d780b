package cn.jiazheng.credit;

/** The matrix rows of the modules beyond identity: region, calendar, audit, statistics. */
final class MatrixEntries {

	private MatrixEntries() {
	}

	static void addModuleEntries(AuthorizationMatrixTest matrix) {
		matrix.admin("GET /admin/regions");
		matrix.admin("POST /admin/regions/datasets");
		matrix.admin("GET /admin/calendar");
		matrix.admin("POST /admin/calendar/years");
		matrix.admin("GET /admin/audit");
		matrix.admin("POST /admin/audit/verify");
	}
}
