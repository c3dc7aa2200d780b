package cn.jiazheng.credit.archive.internal;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.ServiceCategories;
import cn.jiazheng.credit.archive.ServiceCategory;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The platform admin extends the service categories; files may name only active ones. */
@PlatformTest
class ServiceCategoriesTest {

	private static final Actor ADMIN = new Actor(1, "admin", "平台管理员", Role.PLATFORM_ADMIN, null, null);

	@Autowired
	ServiceCategories categories;

	@Autowired
	EnterpriseFiles files;

	@Autowired
	DemoData demo;

	@Test
	void theSeedsEightAreThereAndAnAdministratorAddsAndDeactivatesOne() {
		assertThat(categories.all()).extracting(ServiceCategory::nameZh)
			.contains("烹饪", "保洁", "搬家", "家庭教育", "儿童看护", "孕产妇护理", "婴幼儿护理", "老人和病人护理");
		categories.add(ADMIN, "pet_care", "宠物照料", "Pet care");
		assertThat(files.serviceCategories()).extracting(ServiceCategory::code).contains("PET_CARE");
		categories.setActive(ADMIN, "PET_CARE", false);
		assertThat(files.serviceCategories()).extracting(ServiceCategory::code).doesNotContain("PET_CARE");
		assertThat(categories.all()).extracting(ServiceCategory::code).as("never deleted").contains("PET_CARE");
	}

	@Test
	void badCategoriesAreRefusedWithTheRule() {
		assertThatThrownBy(() -> categories.add(ADMIN, "宠物", "宠物", "Pets"))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("code"));
		assertThatThrownBy(() -> categories.add(ADMIN, "CLEANING", "保洁", "Cleaning"))
			.isInstanceOfSatisfying(InvalidValueException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("archive.category.code-taken"));
		Actor regulator = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);
		assertThatThrownBy(() -> categories.add(regulator, "GARDENING", "园艺", "Gardening"))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aFileMayNameOnlyActiveCategories() {
		long enterprise = demo.seedCast().demoEnterprise();
		Actor owner = new Actor(5, "qiye", "企业", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), enterprise);
		var file = files.history(owner, enterprise).get(0).file();
		var withUnknown = new cn.jiazheng.credit.archive.EnterpriseFile(file.name(), file.legalRepresentative(),
				file.registeredAddress(), file.regionCode(), file.type(), file.employmentModel(),
				java.util.List.of("CLEANING", "ASTROLOGY"), file.qualifications(), file.insurances(), file.priceList(),
				file.serviceCommitments(), file.contactPerson(), file.contactPhone(), file.branches());
		assertThatThrownBy(() -> files.saveDraft(owner, enterprise, withUnknown))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> {
				assertThat(ex.field()).isEqualTo("serviceCategories");
				assertThat(ex.arguments()).contains("ASTROLOGY");
			});
	}
}
