package cn.jiazheng.credit.archive.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;
import cn.jiazheng.credit.region.RegionCode;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 属地: the county regulator of 雁塔区 reaches no file of 碑林区 by any road (list, search by name, by
 * 统一社会信用代码 or by ID number, direct id, export, API), while the 碑林 regulator and the city above
 * both reach the same file by each of those roads, so that a road that is simply broken would fail here.
 */
@PlatformTest
class TerritoryIsolationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MatrixFixtures fixtures;

	@Autowired
	DemoData demo;

	@Autowired
	Workers workers;

	@Autowired
	EnterpriseFiles enterprises;

	private long enterpriseId;

	private String creditCode;

	private long workerId;

	private ResidentId residentId;

	@BeforeEach
	void aFileIn碑林() {
		fixtures.prepare();
		DemoData.Cast cast = demo.seedCast();
		enterpriseId = cast.otherEnterprise();
		Actor haobangshou = new Actor(8, "qiye2", "好帮手", Role.ENTERPRISE_ADMIN, RegionCode.of("610103"), enterpriseId);
		creditCode = enterprises.get(haobangshou, enterpriseId).creditCode().value();
		residentId = ResidentId.generate(RegionCode.of("610103"), LocalDate.of(1975, 5, 20), Gender.FEMALE, new SplittableRandom(4711));
		workerId = workers.search(haobangshou, residentId.value(), 0, 1).stream().findFirst().map(w -> w.id())
			.orElseGet(() -> workers.register(haobangshou, "隔离测试服务员", residentId.value(), null));
	}

	@Test
	void anotherCountysRegulatorFindsNothingByAnyRoad() throws Exception {
		String name = "碑林好帮手家政服务部";
		assertThat(body("/enterprises", "yanta")).doesNotContain(name);
		assertThat(body("/enterprises?q=" + creditCode, "yanta")).doesNotContain(name);
		assertThat(body("/enterprises?q=好帮手", "yanta")).doesNotContain(name);
		assertThat(body("/workers?q=" + residentId.value(), "yanta")).doesNotContain("隔离测试服务员");
		assertThat(body("/workers?q=隔离测试", "yanta")).doesNotContain("隔离测试服务员");
		expect("/enterprises/" + enterpriseId, "yanta", 404);
		expect("/workers/" + workerId, "yanta", 404);
		assertThat(export("/enterprises/export.xlsx", "yanta")).doesNotContain(creditCode);
		assertThat(export("/workers/export.xlsx", "yanta")).doesNotContain("隔离测试服务员");
		expect("/api/v1/enterprises/" + enterpriseId, "yanta", 404);
		expect("/api/v1/workers/" + workerId, "yanta", 404);
		assertThat(body("/api/v1/enterprises?q=" + creditCode, "yanta")).doesNotContain(creditCode);
		assertThat(body("/api/v1/workers?q=" + residentId.value(), "yanta")).doesNotContain("隔离测试服务员");
	}

	@Test
	void theFilesOwnCountyAndTheCityAboveReachItByTheSameRoads() throws Exception {
		for (String regulator : List.of("beilin", "xian")) {
			assertThat(body("/enterprises?q=" + creditCode, regulator)).contains("碑林好帮手家政服务部");
			assertThat(body("/workers?q=" + residentId.value(), regulator)).contains("隔离测试服务员");
			expect("/enterprises/" + enterpriseId, regulator, 200);
			expect("/workers/" + workerId, regulator, 200);
			assertThat(export("/enterprises/export.xlsx?q=" + creditCode, regulator)).contains(creditCode);
			assertThat(export("/workers/export.xlsx?q=隔离测试", regulator)).contains("隔离测试服务员")
				.as("the export shows the ID number masked only").doesNotContain(residentId.value())
				.contains(residentId.masked());
			expect("/api/v1/workers/" + workerId, regulator, 200);
			assertThat(body("/api/v1/enterprises?q=" + creditCode, regulator)).contains(creditCode);
			assertThat(body("/api/v1/workers?q=" + residentId.value(), regulator)).contains("隔离测试服务员");
		}
	}

	private String body(String url, String username) throws Exception {
		return mvc.perform(as(get(url), username)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private void expect(String url, String username, int expected) throws Exception {
		mvc.perform(as(get(url), username)).andExpect(status().is(expected));
	}

	/** Every cell of the first sheet, one line per row. */
	private String export(String url, String username) throws Exception {
		byte[] xlsx = mvc.perform(as(get(url), username)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		List<String> lines = new ArrayList<>();
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : book.getFirstSheet().read()) {
				lines.add(String.join("|", row.stream().map(c -> c == null ? "" : c.getRawValue()).toList()));
			}
		}
		assertThat(lines).as("a header row at least").isNotEmpty();
		return String.join("\n", lines);
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
		return fixtures.asAccount(request, username);
	}
}
