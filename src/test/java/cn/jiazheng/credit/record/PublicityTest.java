package cn.jiazheng.credit.record;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 公示期 under the NDRC rules, counted as the Civil Code counts months and years (arts. 201–202). */
class PublicityTest {

	private static Publicity negative(Severity severity, LocalDate decision) {
		return Publicity.of(Direction.NEGATIVE, severity, decision, 36);
	}

	@Test
	void generalIsPublishedAtLeastThreeMonthsAndAtMostOneYear() {
		Publicity p = negative(Severity.GENERAL, LocalDate.of(2026, 4, 1));
		assertThat(p.minEnd()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(p.maxEnd()).isEqualTo(LocalDate.of(2027, 4, 1));
		assertThat(p.covers(LocalDate.of(2027, 4, 1))).as("the end day is still in publicity").isTrue();
		assertThat(p.endedBy(LocalDate.of(2027, 4, 1))).isFalse();
		assertThat(p.endedBy(LocalDate.of(2027, 4, 2))).isTrue();
		assertThat(p.covers(LocalDate.of(2026, 3, 31))).as("not before the decision").isFalse();
		assertThat(p.repairableOn(LocalDate.of(2026, 7, 1))).as("the minimum runs through its last day").isFalse();
		assertThat(p.repairableOn(LocalDate.of(2026, 7, 2))).isTrue();
	}

	@Test
	void seriousIsPublishedAtLeastOneYearAndAtMostThreeYears() {
		Publicity p = negative(Severity.SERIOUS, LocalDate.of(2026, 4, 1));
		assertThat(p.minEnd()).isEqualTo(LocalDate.of(2027, 4, 1));
		assertThat(p.maxEnd()).isEqualTo(LocalDate.of(2029, 4, 1));
		assertThat(p.repairableOn(LocalDate.of(2027, 4, 1))).isFalse();
		assertThat(p.repairableOn(LocalDate.of(2027, 4, 2))).isTrue();
		assertThat(p.endedBy(LocalDate.of(2029, 4, 2))).isTrue();
	}

	@Test
	void minorIsNotPublishedNeverEndsByItselfAndMayBeRepairedAtAnyTime() {
		Publicity p = negative(Severity.MINOR, LocalDate.of(2026, 4, 1));
		assertThat(p.published()).isFalse();
		assertThat(p.minEnd()).isNull();
		assertThat(p.maxEnd()).isNull();
		assertThat(p.covers(LocalDate.of(2026, 4, 1))).isFalse();
		assertThat(p.endedBy(LocalDate.of(2036, 4, 1))).isFalse();
		assertThat(p.repairableOn(LocalDate.of(2026, 4, 1))).isTrue();
	}

	@Test
	void monthEndsWithoutTheCorrespondingDayEndOnTheLastDayOfTheMonth() {
		Publicity general = negative(Severity.GENERAL, LocalDate.of(2026, 1, 31));
		assertThat(general.minEnd()).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(general.maxEnd()).isEqualTo(LocalDate.of(2027, 1, 31));
		assertThat(negative(Severity.GENERAL, LocalDate.of(2025, 11, 30)).minEnd()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(negative(Severity.GENERAL, LocalDate.of(2027, 11, 30)).minEnd()).as("leap year")
			.isEqualTo(LocalDate.of(2028, 2, 29));
		Publicity leap = negative(Severity.SERIOUS, LocalDate.of(2028, 2, 29));
		assertThat(leap.minEnd()).isEqualTo(LocalDate.of(2029, 2, 28));
		assertThat(leap.maxEnd()).isEqualTo(LocalDate.of(2031, 2, 28));
		assertThat(negative(Severity.GENERAL, LocalDate.of(2028, 2, 29)).maxEnd()).isEqualTo(LocalDate.of(2029, 2, 28));
	}

	@Test
	void positiveRecordsArePublishedForTheConfiguredMonthsOrNotAtAll() {
		Publicity p = Publicity.of(Direction.POSITIVE, Severity.NONE, LocalDate.of(2026, 8, 31), 36);
		assertThat(p.maxEnd()).isEqualTo(LocalDate.of(2029, 8, 31));
		assertThat(p.repairableOn(LocalDate.of(2026, 9, 1))).isTrue();
		assertThat(Publicity.of(Direction.POSITIVE, Severity.NONE, LocalDate.of(2026, 8, 31), 0).published()).isFalse();
	}

	@Test
	void theStateMachineAllowsOnlyItsTransitions() {
		assertThat(RecordState.ACTIVE.next()).containsExactlyInAnyOrder(RecordState.UNDER_OBJECTION, RecordState.REPAIRED,
				RecordState.EXPIRED, RecordState.REVOKED);
		assertThat(RecordState.UNDER_OBJECTION.next()).containsExactlyInAnyOrder(RecordState.ACTIVE, RecordState.REVOKED);
		assertThat(RecordState.UNDER_OBJECTION.canMoveTo(RecordState.REPAIRED)).as("decide the objection first").isFalse();
		assertThat(RecordState.EXPIRED.next()).containsExactly(RecordState.REVOKED);
		assertThat(RecordState.REPAIRED.canMoveTo(RecordState.ACTIVE)).isFalse();
		assertThat(RecordState.REVOKED.next()).isEmpty();
	}

	@Test
	void aTallysWindowCountsCalendarMonthsBack() {
		RecordFacts.Tally year = new RecordFacts.Tally(Set.of("COMPLAINT_SUBSTANTIATED"), true, 12);
		assertThat(year.decidedAfter(LocalDate.of(2027, 1, 31))).as("twelve months back is 2026-01-31, itself outside")
			.isEqualTo(LocalDate.of(2026, 1, 31));
		assertThat(new RecordFacts.Tally(Set.of("HONOUR"), false, 1).decidedAfter(LocalDate.of(2026, 3, 31)))
			.as("a month back from the 31st of March is the last day of February").isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(new RecordFacts.Tally(Set.of("HONOUR"), false, null).decidedAfter(LocalDate.of(2026, 3, 31))).isNull();
		assertThatThrownBy(() -> new RecordFacts.Tally(Set.of(), false, null)).isInstanceOf(IllegalArgumentException.class);
	}
}
