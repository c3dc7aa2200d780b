package cn.jiazheng.credit.disclosure.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.jiazheng.credit.disclosure.PublicProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules that keep a kept profile right, without a database: the listening and the events are in PublicLookupTest. */
class ProfileCacheTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

	private static final ProfileCache.Key KEY = new ProfileCache.Key("91610113MA6X00001X", false);

	private static PublicProfile profile(String name, LocalDate asOf) {
		return new PublicProfile(KEY.creditCode(), name, "610113", "雁塔区", true, List.of(), List.of(), asOf);
	}

	private static ProfileCache open(int capacity) {
		ProfileCache cache = new ProfileCache(capacity, Duration.ofMinutes(10));
		cache.open();
		return cache;
	}

	@Test
	void nothingIsServedOrKeptWhileChangesCannotBeHeardOf() {
		ProfileCache cache = new ProfileCache(10, Duration.ofMinutes(10));
		cache.put(KEY, 7, profile("甲", TODAY), cache.generation(), NOW);
		assertThat(cache.get(KEY, TODAY, NOW)).isEmpty();

		cache.open();
		cache.put(KEY, 7, profile("甲", TODAY), cache.generation(), NOW);
		assertThat(cache.get(KEY, TODAY, NOW)).map(PublicProfile::name).hasValue("甲");
		cache.close();
		assertThat(cache.get(KEY, TODAY, NOW)).as("closed: the listening connection is gone").isEmpty();
		cache.open();
		assertThat(cache.get(KEY, TODAY, NOW)).as("what was kept before is not trusted after").isEmpty();
	}

	@Test
	void aProfileReadBeforeAChangeIsNotKeptAfterIt() {
		ProfileCache cache = open(10);
		long readAt = cache.generation();
		cache.drop(42);
		cache.put(KEY, 7, profile("旧名", TODAY), readAt, NOW);
		assertThat(cache.get(KEY, TODAY, NOW)).as("any change in between: the read may be older than it").isEmpty();
	}

	@Test
	void aChangeDropsTheEnterprisesProfilesInBothLanguagesAndNoOtherOnes() {
		ProfileCache cache = open(10);
		ProfileCache.Key english = new ProfileCache.Key(KEY.creditCode(), true);
		ProfileCache.Key other = new ProfileCache.Key("91610113MA6X00002X", false);
		cache.put(KEY, 7, profile("甲", TODAY), cache.generation(), NOW);
		cache.put(english, 7, profile("甲", TODAY), cache.generation(), NOW);
		cache.put(other, 8, profile("乙", TODAY), cache.generation(), NOW);

		cache.drop(7);

		assertThat(cache.get(KEY, TODAY, NOW)).isEmpty();
		assertThat(cache.get(english, TODAY, NOW)).isEmpty();
		assertThat(cache.get(other, TODAY, NOW)).map(PublicProfile::name).hasValue("乙");
		cache.dropAll();
		assertThat(cache.get(other, TODAY, NOW)).isEmpty();
	}

	@Test
	void aProfileEndsWithItsDayAndItsMaximumAge() {
		ProfileCache cache = open(10);
		cache.put(KEY, 7, profile("甲", TODAY), cache.generation(), NOW);
		assertThat(cache.get(KEY, TODAY.plusDays(1), NOW)).as("records leave publicity at midnight").isEmpty();
		assertThat(cache.get(KEY, TODAY, NOW.plus(Duration.ofMinutes(11)))).as("catalogue names may have changed").isEmpty();
		assertThat(cache.get(KEY, TODAY, NOW.plus(Duration.ofMinutes(9)))).isPresent();
	}

	@Test
	void aFullCacheMakesRoomAndStaysWithinItsCapacity() {
		ProfileCache cache = open(16);
		for (int i = 0; i < 100; i++) {
			cache.put(new ProfileCache.Key("code" + i, false), i, profile("企业" + i, TODAY), cache.generation(), NOW);
		}
		assertThat(cache.size()).isBetween(1, 16);
		ProfileCache.Key last = new ProfileCache.Key("code99", false);
		assertThat(cache.get(last, TODAY, NOW)).as("the newest is kept").isPresent();
	}
}
