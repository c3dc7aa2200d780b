package cn.jiazheng.credit;

/** The matrix rows of the modules beyond identity: region, calendar, audit, statistics. */
final class MatrixEntries {

	private MatrixEntries() {
	}

	static void addModuleEntries(AuthorizationMatrixTest matrix) {
	}
}
