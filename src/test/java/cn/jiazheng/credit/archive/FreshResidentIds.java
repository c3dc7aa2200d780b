package cn.jiazheng.credit.archive;

import java.time.LocalDate;
import java.util.SplittableRandom;

import cn.jiazheng.credit.region.RegionCode;

/**
 * A valid ID number nobody in the shared test database is likely to hold: a random birth date over
 * about 33 years and a random sequence number give millions of choices, where a fixed birth date gives
 * only a few hundred and tests that register people one after another would sooner or later collide.
 */
public final class FreshResidentIds {

	private static final SplittableRandom RANDOM = new SplittableRandom();

	private FreshResidentIds() {
	}

	public static synchronized ResidentId of(String county, Gender gender) {
		LocalDate born = LocalDate.of(1960, 1, 1).plusDays(RANDOM.nextInt(12_000));
		return ResidentId.generate(RegionCode.of(county), born, gender, RANDOM.split());
	}
}
