package cn.jiazheng.credit.identity;

import java.util.EnumSet;
import java.util.Set;

import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 专项权限 count only with a role that can use them. */
class ActorTest {

	private static final Set<Permission> ALL = EnumSet.allOf(Permission.class);

	@Test
	void aRegulatorHasWhatItWasGranted() {
		Actor granted = new Actor(2, "xian", "西安市商务局", Role.REGULATOR, RegionCode.of("6101"), null, ALL);
		Actor plain = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);
		assertThat(granted.has(Permission.VIEW_BACKGROUND_CATEGORY)).isTrue();
		assertThat(plain.has(Permission.VIEW_BACKGROUND_CATEGORY)).isFalse();
	}

	@Test
	void anyOtherRoleHasNoPermissionEvenIfItsSetNamesOne() {
		RegionCode yanta = RegionCode.of("610113");
		for (Actor actor : new Actor[] { new Actor(5, "qiye", "安心家政", Role.ENTERPRISE_ADMIN, yanta, 1L, ALL),
				new Actor(6, "qiye-staff", "前台", Role.ENTERPRISE_STAFF, yanta, 1L, ALL),
				new Actor(7, "ayi", "王秀兰", Role.WORKER, null, null, ALL),
				new Actor(8, "jumin", "李明", Role.CONSUMER, null, null, ALL),
				new Actor(9, "key", "调用方", Role.INTEGRATOR, yanta, null, ALL) }) {
			assertThat(actor.permissions()).as(actor.role() + " carries the set").containsAll(ALL);
			assertThat(actor.has(Permission.VIEW_BACKGROUND_CATEGORY)).as(actor.role().name()).isFalse();
		}
	}

	@Test
	void theSetCannotBeChangedFromOutside() {
		Set<Permission> mutable = EnumSet.noneOf(Permission.class);
		Actor actor = new Actor(2, "xian", "西安市商务局", Role.REGULATOR, RegionCode.of("6101"), null, mutable);
		mutable.add(Permission.VIEW_BACKGROUND_CATEGORY);
		assertThat(actor.has(Permission.VIEW_BACKGROUND_CATEGORY)).isFalse();
	}
}
