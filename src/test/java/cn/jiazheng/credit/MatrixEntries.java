package cn.jiazheng.credit;

import java.util.EnumSet;
import java.util.Set;

import cn.jiazheng.credit.AuthorizationMatrixTest.Caller;
import cn.jiazheng.credit.AuthorizationMatrixTest.Target;
import cn.jiazheng.credit.archive.EnterpriseImports;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;
import cn.jiazheng.credit.record.CreditRecords;
import cn.jiazheng.credit.record.NewRecord;
import cn.jiazheng.credit.record.SubjectKind;
import cn.jiazheng.credit.region.RegionCode;

/** The matrix rows of the modules beyond identity: region, calendar, audit, statistics. */
final class MatrixEntries {

	private MatrixEntries() {
	}

	/** 专项权限: the matrix's target accounts are enterprise staff and no permission is named, so the admin gets 400. */
	private static void identity(AuthorizationMatrixTest matrix) {
		MatrixFixtures fixtures = matrix.fixtures;
		matrix.admin("POST /admin/accounts/{id}/permissions/grant", caller -> fixtures.account(caller, Target.class));
		matrix.admin("POST /admin/accounts/{id}/permissions/revoke", caller -> fixtures.account(caller, Target.class));
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
		matrix.allow("GET /enterprises/export.xlsx", reviewers);
		matrix.allow("GET /workers/export.xlsx", reviewers);
		Set<Caller> enterprise = EnumSet.of(Caller.ENTERPRISE_ADMIN, Caller.ENTERPRISE_STAFF);
		matrix.allow("GET /enterprise/file", enterprise);
		matrix.allow("POST /enterprise/file", enterprise);
		matrix.allow("POST /enterprise/file/submission", EnumSet.of(Caller.ENTERPRISE_ADMIN));
		matrix.allow("GET /enterprise/submissions", enterprise);
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
		matrix.territorial("GET /workers/{id}/consents", workerReaders, caller -> fixtures.worker(Target.class));
		// Without a file chosen, the upload is answered with the rule (a redirect with the message); another enterprise's worker is hidden.
		matrix.territorial("POST /workers/{id}/photo", enterprise, caller -> fixtures.worker(Target.class));
		matrix.territorial("GET /workers/{id}/photo", workerReaders, caller -> fixtures.worker(Target.class));
		matrix.allow("GET /me/photo", EnumSet.of(Caller.WORKER));
		matrix.territorial("POST /workers/{id}/consents", enterprise, caller -> fixtures.worker(Target.class));
		matrix.territorial("GET /consents/letters/{id}", EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR, Caller.ENTERPRISE_ADMIN),
				caller -> fixtures.letter(Target.class));
		matrix.territorial("POST /api/v1/workers/{id}/authorisation-letters", enterprise, caller -> fixtures.worker(Target.class));
		matrix.territorial("GET /api/v1/workers/{id}/authorisation-letters", workerReaders,
				caller -> fixtures.worker(Target.class));
		matrix.allow("GET /me", EnumSet.of(Caller.WORKER));
		matrix.territorial("GET /api/v1/workers/{id}/consents", workerReaders, caller -> fixtures.worker(Target.class));
		// Without a scope chosen, the worker's own consent page answers with the rule and changes nothing.
		matrix.allow("GET /me/consents", EnumSet.of(Caller.WORKER));
		matrix.allow("POST /me/consents/grants", EnumSet.of(Caller.WORKER));
		matrix.allow("POST /me/consents/revocations", EnumSet.of(Caller.WORKER));
		matrix.allowWithUnknownId("POST /employments/{id}/acceptance", EnumSet.of(Caller.ENTERPRISE_ADMIN), "HIDDEN");
		matrix.allowWithUnknownId("POST /employments/{id}/rejection", EnumSet.of(Caller.ENTERPRISE_ADMIN), "HIDDEN");
		// Without a credit code, the worker's application is answered with the rule and changes nothing.
		matrix.allow("POST /me/employments", EnumSet.of(Caller.WORKER));
		matrix.allowWithUnknownId("POST /employments/{id}/authorisation-letter", EnumSet.of(Caller.ENTERPRISE_ADMIN), "HIDDEN");
		matrix.allowWithUnknownId("POST /api/v1/employments/{id}/authorisation-letters", EnumSet.of(Caller.ENTERPRISE_ADMIN),
				"HIDDEN");
		matrix.allow("GET /employments", enterprise);
		matrix.allow("POST /employments", EnumSet.of(Caller.ENTERPRISE_ADMIN));
		matrix.allowWithUnknownId("POST /employments/{id}/end", EnumSet.of(Caller.ENTERPRISE_ADMIN), "ALLOWED");
		matrix.allowWithUnknownId("POST /me/employments/{id}/confirmation", EnumSet.of(Caller.WORKER), "HIDDEN");
		matrix.allowWithUnknownId("POST /me/employments/{id}/decline", EnumSet.of(Caller.WORKER), "HIDDEN");
		matrix.allowWithUnknownId("POST /me/employments/{id}/end", EnumSet.of(Caller.WORKER), "ALLOWED");
		workerFiles(matrix, workerReaders, reviewers, enterprise);
		matrix.admin("GET /admin/service-categories");
		matrix.admin("POST /admin/service-categories");
		matrix.admin("POST /admin/service-categories/{code}/active");
		matrix.territorial("POST /api/v1/enterprises/{id}/revisions/{number}/approval", reviewers,
				caller -> fixtures.enterprise(Target.class));
		matrix.territorial("POST /api/v1/enterprises/{id}/revisions/{number}/return", reviewers,
				caller -> fixtures.enterprise(Target.class));
		imports(matrix, reviewers);
	}

	/**
	 * 一人一档: both target workers get a first draft, so that revision 1 exists on either side and an
	 * allowed caller reaches it (a decision on a draft is refused with 409, which the door let through).
	 */
	private static void workerFiles(AuthorizationMatrixTest matrix, Set<Caller> workerReaders, Set<Caller> reviewers,
			Set<Caller> enterprise) {
		MatrixFixtures fixtures = matrix.fixtures;
		java.util.Map<Target, String> workers = fixtures.worker(Target.class);
		java.util.Map<Target, String> enterprises = fixtures.enterprise(Target.class);
		cn.jiazheng.credit.archive.WorkerFiles files = matrix.context.getBean(cn.jiazheng.credit.archive.WorkerFiles.class);
		draft(files, workers.get(Target.OWN), enterprises.get(Target.OWN), "610113");
		draft(files, workers.get(Target.OTHER), enterprises.get(Target.OTHER), "610103");
		java.util.function.Function<Caller, java.util.Map<Target, String>> ids = caller -> fixtures.worker(Target.class);
		matrix.territorial("GET /api/v1/workers/{id}/revisions", workerReaders, ids);
		matrix.territorial("GET /api/v1/workers/{id}/revisions/{number}", workerReaders, ids);
		matrix.territorial("PUT /api/v1/workers/{id}/draft", enterprise, ids);
		matrix.territorial("POST /api/v1/workers/{id}/submission", EnumSet.of(Caller.ENTERPRISE_ADMIN), ids);
		matrix.territorial("GET /api/v1/workers/{id}/revisions/{number}/differences", reviewers, ids);
		matrix.territorial("POST /api/v1/workers/{id}/revisions/{number}/approval", reviewers, ids);
		matrix.territorial("POST /api/v1/workers/{id}/revisions/{number}/return", reviewers, ids);
		matrix.territorial("POST /api/v1/workers/{id}/background-checks", reviewers, ids);
		matrix.territorial("GET /api/v1/workers/{id}/background-checks/latest", workerReaders, ids);
		matrix.territorial("GET /workers/{id}/edit", enterprise, ids);
		matrix.territorial("POST /workers/{id}/file", enterprise, ids);
		matrix.territorial("POST /workers/{id}/submission", EnumSet.of(Caller.ENTERPRISE_ADMIN), ids);
		matrix.territorial("POST /workers/{id}/revisions/{number}/approval", reviewers, ids);
		matrix.territorial("POST /workers/{id}/revisions/{number}/return", reviewers, ids);
		matrix.territorial("POST /workers/{id}/background-checks", reviewers, ids);
	}

	private static void draft(cn.jiazheng.credit.archive.WorkerFiles files, String worker, String enterprise, String county) {
		Actor keeper = new Actor(0, "matrix", "矩阵", Role.ENTERPRISE_ADMIN, RegionCode.of(county), Long.valueOf(enterprise));
		long id = Long.parseLong(worker);
		if (files.history(keeper, id).isEmpty()) {
			files.saveDraft(keeper, id, cn.jiazheng.credit.archive.WorkerFile.empty());
		}
	}

	/**
	 * Import batches are reached by their uploader (and the platform admin): own is a batch the caller
	 * uploaded, other is one uploaded by 碑林区's regulator. Each batch holds one invalid row only, so
	 * applying it registers nothing.
	 */
	private static void imports(AuthorizationMatrixTest matrix, Set<Caller> reviewers) {
		EnterpriseImports imports = matrix.context.getBean(EnterpriseImports.class);
		Actor yanta = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);
		Actor admin = new Actor(1, "admin", "平台管理员", Role.PLATFORM_ADMIN, null, null);
		Actor beilin = new Actor(4, "mx-beilin", "碑林区商务局", Role.REGULATOR, RegionCode.of("610103"), null);
		String own = Long.toString(batch(imports, yanta));
		String ownAdmin = Long.toString(batch(imports, admin));
		String other = Long.toString(batch(imports, beilin));
		java.util.function.Function<Caller, java.util.Map<Target, String>> ids = caller -> java.util.Map.of(Target.OWN,
				caller == Caller.PLATFORM_ADMIN ? ownAdmin : own, Target.OTHER, other);
		matrix.allow("GET /enterprises/imports", reviewers);
		matrix.allow("POST /enterprises/imports", reviewers);
		matrix.allow("GET /enterprises/import/template.xlsx", reviewers);
		matrix.allow("GET /enterprises/import/template.csv", reviewers);
		matrix.territorial("GET /enterprises/imports/{id}", reviewers, ids);
		matrix.territorial("GET /enterprises/imports/{id}/report.xlsx", reviewers, ids);
		matrix.territorial("POST /enterprises/imports/{id}/application", reviewers, ids);
		matrix.territorial("POST /enterprises/imports/{id}/discard", reviewers, ids);
		matrix.allow("POST /api/v1/enterprise-imports", reviewers);
		matrix.territorial("GET /api/v1/enterprise-imports/{id}", reviewers, ids);
		matrix.territorial("POST /api/v1/enterprise-imports/{id}/application", reviewers, ids);
		matrix.territorial("DELETE /api/v1/enterprise-imports/{id}", reviewers, ids);
		workerImports(matrix, imports, ids);
	}

	/**
	 * Worker imports are an enterprise's own: own is a batch the caller (qiye, qiye-staff) uploaded,
	 * other one uploaded by qiye2's admin (碑林区). Each batch holds one invalid row only. The generic
	 * API serves both kinds: regulators and the admin reach their enterprise batches through it.
	 */
	private static void workerImports(AuthorizationMatrixTest matrix, EnterpriseImports enterpriseImports,
			java.util.function.Function<Caller, java.util.Map<Target, String>> enterpriseBatches) {
		cn.jiazheng.credit.importing.Imports imports = matrix.context.getBean(cn.jiazheng.credit.importing.Imports.class);
		java.util.Map<Target, String> enterprises = matrix.fixtures.enterprise(Target.class);
		long own = Long.parseLong(enterprises.get(Target.OWN));
		long other = Long.parseLong(enterprises.get(Target.OTHER));
		String ownAdmin = Long.toString(workerBatch(imports, new Actor(0, "qiye", "企业管理员", Role.ENTERPRISE_ADMIN,
				RegionCode.of("610113"), own)));
		String ownStaff = Long.toString(workerBatch(imports, new Actor(0, "qiye-staff", "企业员工", Role.ENTERPRISE_STAFF,
				RegionCode.of("610113"), own)));
		String otherEnterprise = Long.toString(workerBatch(imports, new Actor(0, "mx-qiye2", "碑林企业", Role.ENTERPRISE_ADMIN,
				RegionCode.of("610103"), other)));
		java.util.function.Function<Caller, java.util.Map<Target, String>> ids = caller -> java.util.Map.of(Target.OWN,
				caller == Caller.ENTERPRISE_STAFF ? ownStaff : ownAdmin, Target.OTHER, otherEnterprise);
		Set<Caller> enterprise = EnumSet.of(Caller.ENTERPRISE_ADMIN, Caller.ENTERPRISE_STAFF);
		matrix.allow("GET /workers/imports", enterprise);
		matrix.allow("POST /workers/imports", enterprise);
		matrix.allow("GET /workers/import/template.xlsx", enterprise);
		matrix.allow("GET /workers/import/template.csv", enterprise);
		matrix.territorial("GET /workers/imports/{id}", enterprise, ids);
		matrix.territorial("GET /workers/imports/{id}/report.xlsx", enterprise, ids);
		matrix.territorial("POST /workers/imports/{id}/application", enterprise, ids);
		matrix.territorial("POST /workers/imports/{id}/discard", enterprise, ids);
		Set<Caller> importers = EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR, Caller.ENTERPRISE_ADMIN, Caller.ENTERPRISE_STAFF);
		java.util.function.Function<Caller, java.util.Map<Target, String>> anyKind = caller -> enterprise.contains(caller)
				? ids.apply(caller) : enterpriseBatches.apply(caller);
		// Without the kind parameter the request is refused as incomplete (400), past the door.
		matrix.allow("POST /api/v1/imports", importers);
		matrix.allow("GET /api/v1/imports", importers);
		matrix.territorial("GET /api/v1/imports/{id}", importers, anyKind);
		matrix.territorial("GET /api/v1/imports/{id}/rows", importers, anyKind);
		matrix.territorial("POST /api/v1/imports/{id}/application", importers, anyKind);
		matrix.territorial("DELETE /api/v1/imports/{id}", importers, anyKind);
	}

	private static long workerBatch(cn.jiazheng.credit.importing.Imports imports, Actor by) {
		try {
			java.nio.file.Path file = java.nio.file.Files.createTempFile("matrix-", ".csv");
			java.nio.file.Files.writeString(file, "姓名,公民身份号码,手机号码\n矩阵测试,12345,\n");
			try {
				return imports.upload(by, "WORKER", "matrix.csv", file,
						java.util.Locale.SIMPLIFIED_CHINESE).id();
			}
			finally {
				java.nio.file.Files.delete(file);
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static long batch(EnterpriseImports imports, Actor by) {
		try {
			java.nio.file.Path file = java.nio.file.Files.createTempFile("matrix-", ".csv");
			java.nio.file.Files.writeString(file, "统一社会信用代码,企业名称,注册地行政区划代码\n91610113MA6TXXXX1X,矩阵测试,610113\n");
			try {
				return imports.upload(by, "matrix.csv", file, java.util.Locale.SIMPLIFIED_CHINESE).id();
			}
			finally {
				java.nio.file.Files.delete(file);
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * Credit records: own is a record about qiye's enterprise (雁塔区), other about qiye2's (碑林区), both
	 * entered by the platform admin. Attachment downloads get a made-up attachment id (404 for everyone let in).
	 */
	private static void record(AuthorizationMatrixTest matrix) {
		CreditRecords records = matrix.context.getBean(CreditRecords.class);
		Actor admin = new Actor(1, "admin", "平台管理员", Role.PLATFORM_ADMIN, null, null);
		java.util.Map<Target, String> enterprises = matrix.fixtures.enterprise(Target.class);
		String own = Long.toString(records.add(admin, matrixRecord(Long.parseLong(enterprises.get(Target.OWN))), java.util.List.of()));
		String other = Long.toString(records.add(admin, matrixRecord(Long.parseLong(enterprises.get(Target.OTHER))), java.util.List.of()));
		java.util.function.Function<Caller, java.util.Map<Target, String>> ids = caller -> java.util.Map.of(Target.OWN, own,
				Target.OTHER, other);
		Set<Caller> regulators = EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR);
		Set<Caller> readers = EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR, Caller.ENTERPRISE_ADMIN,
				Caller.ENTERPRISE_STAFF, Caller.INTEGRATOR);
		Set<Caller> writers = EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR, Caller.INTEGRATOR);
		matrix.admin("GET /admin/record-types");
		matrix.admin("POST /admin/record-types");
		matrix.admin("POST /admin/record-types/{code}/active");
		matrix.allow("GET /records", regulators);
		matrix.allow("GET /records/new", regulators);
		matrix.allow("POST /records", regulators);
		matrix.territorial("GET /records/{id}", regulators, ids);
		// Without the confirmation the page answers with the rule and revokes nothing.
		matrix.territorial("POST /records/{id}/revocation", regulators, ids);
		matrix.allowWithUnknownId("GET /records/{id}/attachments/{attachmentId}", regulators, "HIDDEN");
		matrix.allow("GET /api/v1/record-types", readers);
		matrix.allow("GET /api/v1/records", readers);
		matrix.allow("POST /api/v1/records", writers);
		matrix.territorial("GET /api/v1/records/{id}", readers, ids);
		matrix.territorial("GET /api/v1/records/{id}/history", readers, ids);
		matrix.territorial("GET /api/v1/records/{id}/attachments", readers, ids);
		matrix.territorial("POST /api/v1/records/{id}/attachments", writers, ids);
		// Without a reason the API answers 400 and revokes nothing.
		matrix.territorial("POST /api/v1/records/{id}/revocation", writers, ids);
		matrix.allowWithUnknownId("GET /api/v1/records/{id}/attachments/{attachmentId}", readers, "HIDDEN");
		recordImports(matrix, regulators);
	}

	/**
	 * 批量导入信用信息: own is a batch the caller uploaded (yanta, or the admin), other one uploaded by
	 * 碑林区's regulator. Each batch holds one invalid row only, so applying it enters nothing. The generic
	 * API (/api/v1/imports, kind RECORD) has its rows with the worker import's.
	 */
	private static void recordImports(AuthorizationMatrixTest matrix, Set<Caller> regulators) {
		cn.jiazheng.credit.importing.Imports imports = matrix.context.getBean(cn.jiazheng.credit.importing.Imports.class);
		String own = Long.toString(recordBatch(imports, new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null)));
		String ownAdmin = Long.toString(recordBatch(imports, new Actor(1, "admin", "平台管理员", Role.PLATFORM_ADMIN, null, null)));
		String other = Long.toString(recordBatch(imports, new Actor(4, "mx-beilin", "碑林区商务局", Role.REGULATOR, RegionCode.of("610103"), null)));
		java.util.function.Function<Caller, java.util.Map<Target, String>> ids = caller -> java.util.Map.of(Target.OWN,
				caller == Caller.PLATFORM_ADMIN ? ownAdmin : own, Target.OTHER, other);
		matrix.allow("GET /records/imports", regulators);
		// Without a file the page answers with the rule and stores nothing.
		matrix.allow("POST /records/imports", regulators);
		matrix.allow("GET /records/import/template.xlsx", regulators);
		matrix.allow("GET /records/import/template.csv", regulators);
		matrix.territorial("GET /records/imports/{id}", regulators, ids);
		matrix.territorial("GET /records/imports/{id}/report.xlsx", regulators, ids);
		matrix.territorial("POST /records/imports/{id}/application", regulators, ids);
		matrix.territorial("POST /records/imports/{id}/discard", regulators, ids);
	}

	private static long recordBatch(cn.jiazheng.credit.importing.Imports imports, Actor by) {
		try {
			java.nio.file.Path file = java.nio.file.Files.createTempFile("matrix-", ".csv");
			java.nio.file.Files.writeString(file, "主体类别,统一社会信用代码或居民身份证号码,信用信息类型代码,来源单位,决定文书号,决定日期（年-月-日）,内容摘要\n"
					+ "ENTERPRISE,12345,ADMIN_PENALTY_GENERAL,矩阵测试局,矩阵〔2026〕2号,2026-01-05,矩阵测试\n");
			try {
				return imports.upload(by, "RECORD", "matrix.csv", file, java.util.Locale.SIMPLIFIED_CHINESE).id();
			}
			finally {
				java.nio.file.Files.delete(file);
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static NewRecord matrixRecord(long enterprise) {
		return new NewRecord(SubjectKind.ENTERPRISE, enterprise, "ADMIN_PENALTY_GENERAL", "矩阵测试局", "矩阵〔2026〕1号",
				java.time.LocalDate.of(2026, 1, 5), "矩阵测试");
	}

	/**
	 * 信用评价: models are read by regulators and changed by the platform admin and province-level regulators
	 * (the matrix's regulator is a county's: refused). Own is a dry run of the Zhouqu model over 雁塔区 by
	 * yanta, other one over 碑林区 by beilin. Model ids and subject ids are made up (404 to everyone let in).
	 */
	private static void rating(AuthorizationMatrixTest matrix) {
		cn.jiazheng.credit.rating.Ratings ratings = matrix.context.getBean(cn.jiazheng.credit.rating.Ratings.class);
		Actor yanta = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);
		Actor beilin = new Actor(4, "beilin", "碑林区商务局", Role.REGULATOR, RegionCode.of("610103"), null);
		String own = Long.toString(ratings.start(yanta, "zhouqu-enterprise", null, cn.jiazheng.credit.rating.RunKind.DRY, null).id());
		String other = Long.toString(ratings.start(beilin, "zhouqu-enterprise", null, cn.jiazheng.credit.rating.RunKind.DRY, null).id());
		java.util.function.Function<Caller, java.util.Map<Target, String>> runs = caller -> java.util.Map.of(Target.OWN, own,
				Target.OTHER, other);
		Set<Caller> regulators = EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR);
		Set<Caller> changers = EnumSet.of(Caller.PLATFORM_ADMIN);
		matrix.allow("GET /ratings/models", regulators);
		// Without a file the upload is answered with the problem (400) and stores nothing.
		matrix.allow("POST /ratings/models", changers);
		matrix.allowWithUnknownId("GET /ratings/models/{modelId}/{version}", regulators, "HIDDEN");
		// Without the confirmation the page answers with the rule and changes nothing.
		matrix.allowWithUnknownId("POST /ratings/models/{modelId}/{version}/activation", changers, "ALLOWED");
		matrix.allowWithUnknownId("POST /ratings/models/{modelId}/{version}/retirement", changers, "ALLOWED");
		matrix.allow("GET /ratings/runs", regulators);
		// Without a model the form is answered with the rule (400) and nothing starts.
		matrix.allow("POST /ratings/runs", regulators);
		matrix.territorial("GET /ratings/runs/{id}", regulators, runs);
		matrix.allowWithUnknownId("GET /ratings/runs/{id}/results/{subjectId}", regulators, "HIDDEN");
		matrix.allow("GET /api/v1/rating-models", regulators);
		matrix.allow("POST /api/v1/rating-models", changers);
		matrix.allowWithUnknownId("GET /api/v1/rating-models/{modelId}/versions", regulators, "HIDDEN");
		matrix.allowWithUnknownId("GET /api/v1/rating-models/{modelId}/versions/{version}", regulators, "HIDDEN");
		matrix.allowWithUnknownId("POST /api/v1/rating-models/{modelId}/versions/{version}/activation", changers, "HIDDEN");
		matrix.allowWithUnknownId("POST /api/v1/rating-models/{modelId}/versions/{version}/retirement", changers, "HIDDEN");
		matrix.allow("GET /api/v1/rating-runs", regulators);
		// Without a kind the API answers 400 and starts nothing.
		matrix.allow("POST /api/v1/rating-runs", regulators);
		matrix.territorial("GET /api/v1/rating-runs/{id}", regulators, runs);
		matrix.territorial("GET /api/v1/rating-runs/{id}/results", regulators, runs);
		matrix.allowWithUnknownId("GET /api/v1/rating-runs/{id}/results/{subjectId}", regulators, "HIDDEN");
		matrix.territorial("GET /api/v1/rating-runs/{id}/distribution", regulators, runs);
		matrix.territorial("GET /api/v1/rating-runs/{id}/migration", regulators, runs);
		// Publication and finalisation: the own run is a dry run, so the page answers with the rule (no confirmation)
		// and the API with 409; another county's run does not exist for the caller.
		matrix.territorial("POST /ratings/runs/{id}/publication", regulators, runs);
		matrix.territorial("POST /ratings/runs/{id}/finalisation", regulators, runs);
		matrix.territorial("POST /api/v1/rating-runs/{id}/publication", regulators, runs);
		matrix.territorial("POST /api/v1/rating-runs/{id}/finalisation", regulators, runs);
		// Without the confirmation the page answers with the rule and publishes nothing.
		matrix.allow("POST /ratings/dynamic/publication", regulators);
		matrix.allow("POST /ratings/dynamic/finalisation", regulators);
		matrix.allow("GET /api/v1/dynamic-ratings", regulators);
		matrix.allow("POST /api/v1/dynamic-ratings/publication", regulators);
		matrix.allow("POST /api/v1/dynamic-ratings/finalisation", regulators);
		Set<Caller> enterprise = EnumSet.of(Caller.ENTERPRISE_ADMIN, Caller.ENTERPRISE_STAFF);
		matrix.allow("GET /credit", enterprise);
		matrix.allow("GET /api/v1/credit", enterprise);
	}

	/**
	 * Objections: own is one filed by qiye's enterprise (雁塔区), other by qiye2's (碑林区), each against a window
	 * of its own, at a fixed instant so that the deadline never depends on the calendar of a year not loaded.
	 * Posts without their required fields answer 400 (or the page with the rule) and change nothing.
	 */
	private static void objection(AuthorizationMatrixTest matrix) {
		cn.jiazheng.credit.objection.Objections objections = matrix.context.getBean(cn.jiazheng.credit.objection.Objections.class);
		java.util.Map<Target, String> enterprises = matrix.fixtures.enterprise(Target.class);
		String own = Long.toString(matrixObjection(objections, "matrix:own", Long.parseLong(enterprises.get(Target.OWN)), "610113"));
		String other = Long.toString(matrixObjection(objections, "matrix:other", Long.parseLong(enterprises.get(Target.OTHER)), "610103"));
		java.util.function.Function<Caller, java.util.Map<Target, String>> ids = caller -> java.util.Map.of(Target.OWN, own,
				Target.OTHER, other);
		Set<Caller> reviewers = EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR);
		Set<Caller> readers = EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR, Caller.ENTERPRISE_ADMIN, Caller.ENTERPRISE_STAFF);
		Set<Caller> objector = EnumSet.of(Caller.ENTERPRISE_ADMIN);
		matrix.allow("GET /objections", reviewers);
		matrix.allow("GET /objections/mine", EnumSet.of(Caller.ENTERPRISE_ADMIN, Caller.ENTERPRISE_STAFF));
		matrix.allow("GET /objections/new", objector);
		matrix.allow("POST /objections", objector);
		matrix.territorial("GET /objections/{id}", readers, ids);
		matrix.territorial("POST /objections/{id}/answer", reviewers, ids);
		matrix.territorial("POST /objections/{id}/withdrawal", objector, ids);
		matrix.allowWithUnknownId("GET /objections/{id}/attachments/{attachmentId}", readers, "HIDDEN");
		matrix.allow("POST /api/v1/objections", objector);
		matrix.allow("GET /api/v1/objections", readers);
		matrix.territorial("GET /api/v1/objections/{id}", readers, ids);
		matrix.territorial("POST /api/v1/objections/{id}/answer", reviewers, ids);
		matrix.territorial("POST /api/v1/objections/{id}/withdrawal", objector, ids);
		matrix.allowWithUnknownId("GET /api/v1/objections/{id}/attachments/{attachmentId}", readers, "HIDDEN");
	}

	private static long matrixObjection(cn.jiazheng.credit.objection.Objections objections, String ref, long enterprise,
			String county) {
		Actor admin = new Actor(0, "qiye", "企业管理员", Role.ENTERPRISE_ADMIN, RegionCode.of(county), enterprise);
		java.util.Optional<cn.jiazheng.credit.objection.Objection> existing = objections.mine(admin, 500).stream()
			.filter(o -> o.targetRef().equals(ref))
			.findFirst();
		if (existing.isPresent()) {
			return existing.get().id();
		}
		objections.openWindow(cn.jiazheng.credit.audit.AuditActor.SYSTEM, new cn.jiazheng.credit.objection.ObjectionWindow(
				cn.jiazheng.credit.objection.TargetKind.RATING_RESULT, ref, SubjectKind.ENTERPRISE, enterprise, county,
				java.time.LocalDate.of(2026, 5, 1), java.time.LocalDate.of(2026, 6, 30)));
		return objections.file(admin, new cn.jiazheng.credit.objection.NewObjection(cn.jiazheng.credit.objection.TargetKind.RATING_RESULT,
				ref, "矩阵测试", "矩阵联系人", "13800138000"), java.util.List.of(), java.time.Instant.parse("2026-06-01T02:00:00Z"));
	}

	static void addModuleEntries(AuthorizationMatrixTest matrix) {
		identity(matrix);
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
		record(matrix);
		rating(matrix);
		objection(matrix);
		// 公示: anyone, with or without an account ("x" is a bad code: 400, which the door let through).
		matrix.open("GET /public/enterprises");
		matrix.open("GET /public/enterprises/{creditCode}");
		matrix.open("GET /api/v1/public/enterprises/{creditCode}");
		matrix.admin("GET /admin/audit");
		matrix.admin("POST /admin/audit/verify");
	}
}
