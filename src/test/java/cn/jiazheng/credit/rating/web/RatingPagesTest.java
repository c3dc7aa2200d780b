package cn.jiazheng.credit.rating.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;
import cn.jiazheng.credit.rating.RatingModels;
import cn.jiazheng.credit.rating.RatingResult;
import cn.jiazheng.credit.rating.RatingRun;
import cn.jiazheng.credit.rating.Ratings;
import cn.jiazheng.credit.rating.RunKind;
import cn.jiazheng.credit.record.CreditRecords;
import cn.jiazheng.credit.record.NewRecord;
import cn.jiazheng.credit.record.SubjectKind;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages and the API as regulators use them: models, a bad upload, runs, a result explained, 409 and 404. */
@PlatformTest
class RatingPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MatrixFixtures fixtures;

	@Autowired
	DemoData demo;

	@Autowired
	Ratings ratings;

	@Autowired
	RatingModels models;

	@Autowired
	CreditRecords records;

	@Autowired
	JdbcClient jdbc;

	private final Actor yanta = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);

	private final Actor admin = new Actor(1, "admin", "平台管理员", Role.PLATFORM_ADMIN, null, null);

	private DemoData.Cast cast;

	@BeforeEach
	void data() {
		fixtures.prepare();
		cast = demo.seedCast();
	}

	private RatingRun awaitFinished(Actor reader, long id) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			RatingRun run = ratings.run(reader, id);
			if (run.finished()) {
				return run;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("run " + id + " did not finish");
	}

	@Test
	void modelsAreReadByEveryRegulatorAndABadUploadListsEachProblemWithItsLine() throws Exception {
		mvc.perform(fixtures.as(get("/ratings/models"), "REGULATOR"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ordos-enterprise v1")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"upload\""))));
		mvc.perform(fixtures.as(get("/ratings/models/ordos-enterprise/1"), "REGULATOR"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("信用良好")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"dry-run-button\"")));
		long before = jdbc.sql("SELECT count(*) FROM rating.model_version").query(Long.class).single();
		String bad = "id: broken-model\nversion: 1\nname: 坏模型\nsubject: ENTERPRISE\nscale: [0, 100]\nfeatures:\n  a: {kind: FILE_RELEASED}\n"
				+ "dimensions:\n  - id: d\n    name: 维度\n    indicators:\n      - {id: i, name: 指标, max: 100, points: \"a * 2\"}\n"
				+ "bands:\n  - {grade: A, from: 0, to: 100, label: 好}\n";
		mvc.perform(fixtures.as(post("/ratings/models"), "PLATFORM_ADMIN").with(csrf()).param("source", bad))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("第 12 行")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("模型文件有 1 处问题")));
		mvc.perform(fixtures.as(post("/api/v1/rating-models"), "PLATFORM_ADMIN").with(csrf()).contentType("text/plain").content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].line").value(12));
		mvc.perform(fixtures.asAccount(post("/api/v1/rating-models"), "yanta").with(csrf()).contentType("text/plain").content(bad))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT count(*) FROM rating.model_version").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aRunStartedFromThePageShowsProgressDistributionAndExplainedResults() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		long own = cast.demoEnterprise();
		// A general penalty decided four months ago: in publicity, and past its three-month minimum, so repairable.
		long penalty = records.add(admin, new NewRecord(SubjectKind.ENTERPRISE, own, "ADMIN_PENALTY_GENERAL", "雁塔区市场监督管理局",
				"雁市监罚〔2026〕3号", today.minusMonths(4), "未公示收费标准"), List.of());
		try {
			String location = mvc.perform(fixtures.as(post("/ratings/runs"), "REGULATOR").with(csrf())
					.param("model", "ordos-enterprise@1").param("kind", "DRY").param("territory", "610113"))
				.andExpect(status().is3xxRedirection())
				.andReturn().getResponse().getRedirectedUrl();
			long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
			RatingRun run = awaitFinished(yanta, id);
			mvc.perform(fixtures.as(get("/api/v1/rating-runs/" + id), "REGULATOR"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.progress.finished").value(true))
				.andExpect(jsonPath("$.progress.processed").value(run.total()));
			mvc.perform(fixtures.as(get("/ratings/runs/" + id), "REGULATOR"))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"progress-bar\"")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"distribution\"")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"migration-matrix\"")));
			mvc.perform(fixtures.as(get("/ratings/runs/" + id + "/results/" + own), "REGULATOR"))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"points\"")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("公示期内一般行政处罚")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"what-if\"")));

			RatingResult result = ratings.result(yanta, id, FileKind.ENTERPRISE, own);
			List<Ratings.WhatIf> whatIf = ratings.whatWouldChange(yanta, id, own);
			assertThat(whatIf).filteredOn(w -> w.recordId() == penalty).singleElement().satisfies(w -> {
				assertThat(w.score()).as("without the penalty, 80 points back (up to the maximum)")
					.isEqualTo(Math.min(result.evaluation().score() + 80,
							result.evaluation().score() + 250 - result.evaluation().indicatorPoints().get("general-penalties").intValue()));
				assertThat(w.currentGrade()).isEqualTo(result.evaluation().grade());
			});
		}
		finally {
			records.revoke(admin, penalty, "测试完毕");
		}
	}

	@Test
	void aSecondRunIsRefusedWithAClearMessageAndAnotherCountysRunIsNotFound() throws Exception {
		RatingRun running = ratings.start(yanta, "shaoguan-worker", null, RunKind.DRY, null);
		RatingRun first = awaitFinished(yanta, running.id());
		assertThat(first.subject()).isEqualTo(FileKind.WORKER);
		jdbc.sql("UPDATE rating.run SET state = 'RUNNING', lease_until = now() + interval '1 hour' WHERE id = ?").param(1, first.id()).update();
		try {
			mvc.perform(fixtures.as(post("/api/v1/rating-runs"), "REGULATOR").with(csrf()).contentType("application/json")
					.content("{\"modelId\":\"shaoguan-worker\",\"kind\":\"DRY\"}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("已有一个评价批次正在进行")));
			mvc.perform(fixtures.as(post("/ratings/runs"), "REGULATOR").with(csrf()).param("model", "shaoguan-worker@1").param("kind", "DRY"))
				.andExpect(status().isConflict())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("已有一个评价批次正在进行")));
		}
		finally {
			jdbc.sql("UPDATE rating.run SET state = 'DONE', lease_until = NULL WHERE id = ?").param(1, first.id()).update();
		}
		Actor beilin = new Actor(4, "beilin", "碑林区商务局", Role.REGULATOR, RegionCode.of("610103"), null);
		RatingRun theirs = awaitFinished(beilin, ratings.start(beilin, "shaoguan-worker", null, RunKind.DRY, null).id());
		mvc.perform(fixtures.as(get("/ratings/runs/" + theirs.id()), "REGULATOR")).andExpect(status().isNotFound());
		mvc.perform(fixtures.as(get("/api/v1/rating-runs/" + theirs.id() + "/results"), "REGULATOR")).andExpect(status().isNotFound());
		mvc.perform(fixtures.as(post("/api/v1/rating-runs"), "REGULATOR").with(csrf()).contentType("application/json")
				.content("{\"modelId\":\"shaoguan-worker\",\"kind\":\"DRY\",\"territory\":\"610103\"}"))
			.andExpect(status().isForbidden());
	}
}
