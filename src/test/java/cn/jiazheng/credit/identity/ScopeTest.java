package cn.jiazheng.credit.identity;

import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Territory arithmetic of each role, and the SQL condition that carries it into queries. */
class ScopeTest {

	private static final Actor XIAN = new Actor(2, "xian", "西安市商务局", Role.REGULATOR, RegionCode.of("6101"), null);

	private static final Actor YANTA = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);

	private static final Actor QIYE = new Actor(5, "qiye", "安心家政", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), 1L);

	private static final Actor AYI = new Actor(7, "ayi", "王秀兰", Role.WORKER, null, null);

	private static final Actor ADMIN = new Actor(1, "admin", "管理员", Role.PLATFORM_ADMIN, null, null);

	@Test
	void aRegulatorReachesItsTerritoryAndEverythingBelow() {
		assertThat(XIAN.scope().covers(RegionCode.of("610113"), null)).isTrue();
		assertThat(XIAN.scope().covers(RegionCode.of("6101"), null)).isTrue();
		assertThat(XIAN.scope().covers(RegionCode.of("610203"), null)).as("铜川市王益区").isFalse();
		assertThat(XIAN.scope().covers(RegionCode.of("61"), null)).as("the province above").isFalse();
		assertThat(YANTA.scope().covers(RegionCode.of("610103"), null)).as("碑林区, a neighbour").isFalse();
	}

	@Test
	void anEnterpriseReachesOnlyItself() {
		assertThat(QIYE.scope().covers(RegionCode.of("610113"), 1L)).isTrue();
		assertThat(QIYE.scope().covers(RegionCode.of("610113"), 2L)).as("another enterprise in the same county").isFalse();
	}

	@Test
	void workersAndConsumersReachNoTerritorialDataAndTheAdminReachesAll() {
		assertThat(AYI.scope().covers(RegionCode.of("610113"), 1L)).isFalse();
		assertThat(AYI.scope().condition("region", "enterprise_id").sql()).isEqualTo("FALSE");
		assertThat(ADMIN.scope().covers(RegionCode.of("650102"), 99L)).isTrue();
		assertThat(ADMIN.scope().condition("region", "enterprise_id").sql()).isEqualTo("TRUE");
	}

	@Test
	void theConditionNarrowsByPrefixOrEnterprise() {
		Scope.SqlCondition xian = XIAN.scope().condition("t.region", "t.enterprise_id");
		assertThat(xian.sql()).isEqualTo("t.region LIKE :scopeRegion");
		assertThat(xian.parameters()).containsEntry("scopeRegion", "6101%");
		Scope.SqlCondition qiye = QIYE.scope().condition("t.region", "t.enterprise_id");
		assertThat(qiye.sql()).isEqualTo("t.enterprise_id = :scopeEnterprise");
		assertThat(qiye.parameters()).containsEntry("scopeEnterprise", 1L);
		assertThat(XIAN.scope().condition(null, "t.enterprise_id").sql()).as("no region column, no reach").isEqualTo("FALSE");
	}

	@Test
	void readsOutsideAreNotFoundAndWritesOutsideAreRefused() {
		assertThatThrownBy(() -> YANTA.scope().requireReadable(RegionCode.of("610103"), null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> YANTA.scope().requireWritable(RegionCode.of("610103"), null))
			.isInstanceOf(AccessDeniedException.class);
		YANTA.scope().requireWritable(RegionCode.of("610113"), null);
	}
}
