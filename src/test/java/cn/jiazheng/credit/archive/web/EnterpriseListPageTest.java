package cn.jiazheng.credit.archive.web;

import java.util.SplittableRandom;
import java.util.UUID;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The regulator's list names the county of every row, from names the controller resolved for the whole
 * page at once: the template is not handed the region directory, so it cannot look a county up per row.
 */
@PlatformTest
class EnterpriseListPageTest {

	private static final Actor ADMIN = new Actor(1, "admin", "平台管理员", Role.PLATFORM_ADMIN, null, null);

	@Autowired
	MockMvc mvc;

	@Autowired
	MatrixFixtures fixtures;

	@Autowired
	EnterpriseFiles files;

	private String tag;

	@BeforeEach
	void enterprisesInThreeCountiesOf西安() {
		fixtures.prepare();
		tag = "列表" + UUID.randomUUID().toString().substring(0, 8);
		SplittableRandom random = new SplittableRandom();
		for (String county : new String[] { "610113", "610103", "610112" }) {
			files.register(ADMIN, CreditCode.generate(RegionCode.of(county), random).value(), tag + county + "家政服务有限公司",
					county);
		}
	}

	@Test
	void theCityRegulatorSeesEachRowsCountyNamed() throws Exception {
		String page = page("xian");
		assertThat(page).contains(tag + "610113", tag + "610103", tag + "610112")
			.contains("陕西省 / 西安市 / 雁塔区", "陕西省 / 西安市 / 碑林区", "陕西省 / 西安市 / 未央区");
	}

	@Test
	void aCountyRegulatorSeesOnlyItsOwnCountysRows() throws Exception {
		String page = page("yanta");
		assertThat(page).contains(tag + "610113", "陕西省 / 西安市 / 雁塔区")
			.doesNotContain(tag + "610103", tag + "610112", "碑林区", "未央区");
	}

	@Test
	void theWorkerListAndTheReviewQueueNameTheirCountiesTheSameWay() throws Exception {
		String workers = mvc.perform(fixtures.asAccount(get("/workers"), "xian"))
			.andExpect(status().isOk())
			.andExpect(model().attributeDoesNotExist("regions"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(workers).contains("陕西省 / 西安市 / ");
		mvc.perform(fixtures.asAccount(get("/reviews"), "xian"))
			.andExpect(status().isOk())
			.andExpect(model().attributeDoesNotExist("regions"));
	}

	private String page(String username) throws Exception {
		return mvc.perform(fixtures.asAccount(get("/enterprises").param("q", tag), username))
			.andExpect(status().isOk())
			.andExpect(model().attributeDoesNotExist("regions"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}
}
