package cn.jiazheng.credit.region;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class RegionAdminPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithMockUser(roles = "PLATFORM_ADMIN")
	void anAdministratorBrowsesProvincesCitiesAndCounties() throws Exception {
		mvc.perform(get("/admin/regions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("陕西省")))
			.andExpect(content().string(containsString("/admin/regions?code=61")));
		mvc.perform(get("/admin/regions").param("code", "6101"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("陕西省 / 西安市")))
			.andExpect(content().string(containsString("雁塔区")))
			.andExpect(content().string(containsString("610113")));
	}

	@Test
	@WithMockUser(roles = "PLATFORM_ADMIN")
	void anAdministratorSearchesByName() throws Exception {
		mvc.perform(get("/admin/regions").param("q", "雁塔"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("陕西省 / 西安市 / 雁塔区")));
	}

	@Test
	@WithMockUser(roles = "PLATFORM_ADMIN")
	void anUnknownCodeIsNotFound() throws Exception {
		mvc.perform(get("/admin/regions").param("code", "6199")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(roles = "PLATFORM_ADMIN")
	void aBadUploadShowsEachLineAndChangesNothing() throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM region.dataset").query(Long.class).single();
		MockMultipartFile file = new MockMultipartFile("file", "bad.csv", "text/csv",
				"code,name\n61,陕西省\n61011,雁塔区\n".getBytes(StandardCharsets.UTF_8));

		mvc.perform(multipart("/admin/regions/datasets").file(file).param("label", "bad").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 3 行：代码“61011”无效")))
			.andExpect(content().string(not(containsString("已导入："))));

		assertThat(jdbc.sql("SELECT count(*) FROM region.dataset").query(Long.class).single()).isEqualTo(before);
		assertThat(jdbc.sql("SELECT count(*) FROM region.region WHERE NOT retired").query(Long.class).single())
			.isEqualTo(RegionDirectoryTest.SHIPPED_REGIONS);
	}

	@Test
	@WithMockUser(roles = "PLATFORM_ADMIN")
	void aDatasetDroppingMostCodesWaitsForTheCheckbox() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "small.csv", "text/csv",
				"code,name\n61,陕西省\n6101,西安市\n610113,雁塔区\n".getBytes(StandardCharsets.UTF_8));

		mvc.perform(multipart("/admin/regions/datasets").file(file).param("label", "small").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未导入：此数据集会撤销 3,345 个现行区划")));

		assertThat(jdbc.sql("SELECT count(*) FROM region.region WHERE NOT retired").query(Long.class).single())
			.isEqualTo(RegionDirectoryTest.SHIPPED_REGIONS);
	}

	@Test
	@WithMockUser(roles = "REGULATOR")
	void aRegulatorIsForbidden() throws Exception {
		mvc.perform(get("/admin/regions")).andExpect(status().isForbidden());
		mvc.perform(multipart("/admin/regions/datasets")
			.file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[0]))
			.param("label", "x")
			.with(csrf())).andExpect(status().isForbidden());
	}
}
