package cn.jiazheng.credit.demo.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.demo.internal.ProvinceShape.County;
import cn.jiazheng.credit.demo.internal.ProvinceShape.EnterprisePlan;
import cn.jiazheng.credit.demo.internal.ProvinceShape.RecordKind;
import cn.jiazheng.credit.demo.internal.ProvinceShape.WorkerFate;
import cn.jiazheng.credit.demo.internal.ProvinceShape.WorkerPlan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The province's shape, without a database: sizes, counties, identities, fates and record rates. */
class ProvinceShapeTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private static final List<String> OFFERED = List.of("COOKING", "CLEANING", "MATERNITY_CARE", "ELDER_PATIENT_CARE");

	@Test
	void enterpriseSizesAreHeavyTailedFromOneToTwoThousandAndAddUpExactly() {
		List<EnterprisePlan> plans = IntStream.range(0, 20_000)
			.mapToObj(i -> ProvinceShape.enterprise(3, i, ProvinceShape.wholeProvince()))
			.toList();
		int[] sizes = ProvinceShape.sizes(plans, 180_000);
		assertThat(Arrays.stream(sizes).asLongStream().sum()).isEqualTo(180_000);
		assertThat(Arrays.stream(sizes).min().orElseThrow()).isEqualTo(1);
		assertThat(Arrays.stream(sizes).max().orElseThrow()).isBetween(500, ProvinceShape.MAX_WORKERS);
		long ones = Arrays.stream(sizes).filter(size -> size == 1).count();
		assertThat((double) ones / sizes.length).as("most household-service businesses are tiny").isBetween(0.3, 0.8);
		int[] sorted = Arrays.stream(sizes).sorted().toArray();
		long top = Arrays.stream(sorted, sorted.length - sorted.length / 100, sorted.length).asLongStream().sum();
		assertThat((double) top / 180_000).as("the largest 1 % employ a large share").isGreaterThan(0.2);
		assertThat(ProvinceShape.sizes(plans, 180_000)).as("the same seed, the same sizes").isEqualTo(sizes);
	}

	@Test
	void theWholeProvinceHasCountiesOfVeryDifferentSizesAndValidCodes() {
		List<County> counties = ProvinceShape.wholeProvince();
		assertThat(counties).hasSizeGreaterThan(100);
		assertThat(counties.stream().mapToInt(County::weight).max().orElseThrow()).isEqualTo(30);
		assertThat(counties.stream().mapToInt(County::weight).min().orElseThrow()).isEqualTo(1);
		assertThat(counties).allSatisfy(county -> assertThat(county.name()).isNotBlank());
		for (int i = 0; i < 500; i++) {
			EnterprisePlan plan = ProvinceShape.enterprise(5, i, counties);
			assertThat(CreditCode.of(plan.code().value())).isEqualTo(plan.code());
			assertThat(plan.code().registrationRegion().value()).isEqualTo(plan.county().code());
			assertThat(plan.name()).startsWith(plan.county().city());
		}
		assertThat(ProvinceShape.enterprise(5, 7, counties)).isEqualTo(ProvinceShape.enterprise(5, 7, counties));
	}

	@Test
	void workersHaveValidIdentitiesAndTheDemoMixOfFates() {
		Map<WorkerFate, Integer> fates = new EnumMap<>(WorkerFate.class);
		for (int i = 0; i < 2_000; i++) {
			var streams = ProvinceShape.workerStreams(9, i);
			streams[0].nextDouble();
			WorkerPlan plan = ProvinceShape.worker(streams[0], streams[1], "610923", TODAY, OFFERED);
			assertThat(ResidentId.of(plan.residentId().value(), TODAY)).isEqualTo(plan.residentId());
			assertThat(plan.residentId().areaCode()).isEqualTo("610923");
			fates.merge(plan.fate(), 1, Integer::sum);
			if (plan.fate() == WorkerFate.RELEASED) {
				plan.released().requireComplete(TODAY);
			}
			if (plan.fate() != WorkerFate.NOT_STARTED && plan.fate() != WorkerFate.DRAFT) {
				assertThat(plan.letter()).as("a letter for every submitted file").isNotNull();
			}
			ResidentId other = ProvinceShape.redraw(plan, "610923", 9, i, 1);
			assertThat(other.birthDate()).isEqualTo(plan.residentId().birthDate());
			assertThat(other.gender()).isEqualTo(plan.residentId().gender());
		}
		assertThat(fates.get(WorkerFate.NOT_STARTED)).isBetween(120, 300);
		assertThat(fates.get(WorkerFate.RELEASED)).isBetween(1000, 1200);
	}

	@Test
	void recordsFollowTheCatalogueAtPlausibleRates() {
		double share = ProvinceShape.enterpriseShare(100_000, 900_000);
		Map<RecordKind, Integer> kinds = new EnumMap<>(RecordKind.class);
		for (int i = 0; i < 100_000; i++) {
			ProvinceShape.RecordPlan plan = ProvinceShape.record(4, i, share, TODAY);
			kinds.merge(plan.kind(), 1, Integer::sum);
			assertThat(plan.decisionDate()).isBetween(TODAY.minusDays(ProvinceShape.RECORD_DAYS), TODAY);
		}
		assertThat(kinds.get(RecordKind.INSPECTION_PASSED)).isGreaterThan(kinds.get(RecordKind.ADMIN_PENALTY_GENERAL_E) * 5);
		assertThat(kinds.get(RecordKind.SERIOUS_DISHONESTY_LIST_E)).as("rare").isLessThan(100);
		assertThat(kinds.get(RecordKind.COMPLAINT_SUBSTANTIATED_E)).isGreaterThan(kinds.get(RecordKind.HONOUR_E));
		assertThat(RecordKind.HONOUR_W.typeCode()).isEqualTo("HONOUR");
		assertThat(ProvinceShape.documentNumber(RecordKind.ADMIN_PENALTY_GENERAL_E, "610113", LocalDate.of(2025, 3, 1), 123))
			.isEqualTo("雁市监罚〔2025〕123号");
		assertThat(ProvinceShape.documentNumber(RecordKind.DISHONEST_JUDGMENT_DEBTOR_W, "610113", LocalDate.of(2025, 3, 1), 88))
			.isEqualTo("（2025）陕0113执88号");
		assertThat(ProvinceShape.source(RecordKind.ADMIN_PENALTY_SERIOUS_E, "610113", 0)).isEqualTo("西安市雁塔区市场监督管理局");
	}
}
