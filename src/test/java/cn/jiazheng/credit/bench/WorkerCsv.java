package cn.jiazheng.credit.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.SplittableRandom;

import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.region.RegionCode;

/** A worker import file as an enterprise clerk fills it in, for the import benchmark and the fault drivers. */
final class WorkerCsv {

	private WorkerCsv() {
	}

	/**
	 * {@code rows} people with valid ID numbers of {@code county} never in {@code seen} (random birth dates,
	 * drawn again on a repeat; each is added to it) and 11-digit phones, named {@code namePrefix} and a number.
	 */
	static void write(Path csv, int rows, RegionCode county, String namePrefix, SplittableRandom random, Set<String> seen)
			throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write("\uFEFF姓名,公民身份号码,手机号码\r\n");
			for (int i = 0; i < rows; i++) {
				String id;
				do {
					id = ResidentId.generate(county, LocalDate.of(1960, 1, 1).plusDays(random.nextInt(14_000)),
							random.nextBoolean() ? Gender.FEMALE : Gender.MALE, random).value();
				}
				while (!seen.add(id));
				out.write(namePrefix + i + "," + id + ",13" + String.format("%09d", random.nextInt(1_000_000_000)) + "\r\n");
			}
		}
	}
}
