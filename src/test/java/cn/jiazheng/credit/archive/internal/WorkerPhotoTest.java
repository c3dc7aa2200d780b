package cn.jiazheng.credit.archive.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.WorkerPhotos;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 照片: typed by content, sealed at rest, opened only within reach, every opening audited. */
@PlatformTest
class WorkerPhotoTest {

	/** The smallest PNG a browser shows: a 1×1 pixel. */
	static final byte[] PNG = java.util.HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4"
			+ "890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082");

	@Autowired
	WorkerPhotos photos;

	@Autowired
	Workers workers;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	MatrixFixtures fixtures;

	private Actor anxin;

	private Actor haobangshou;

	private long workerId;

	@BeforeEach
	void aWorkerOfAnxin() {
		fixtures.prepare();
		DemoData.Cast cast = demo.seedCast();
		anxin = new Actor(5, "qiye", "安心家政", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), cast.demoEnterprise());
		haobangshou = new Actor(8, "qiye2", "好帮手", Role.ENTERPRISE_ADMIN, RegionCode.of("610103"), cast.otherEnterprise());
		ResidentId id = cn.jiazheng.credit.archive.FreshResidentIds.of("610113", Gender.FEMALE);
		workerId = workers.register(anxin, "赵丽", id.value(), null);
	}

	@Test
	void aPhotoIsSealedAndOpenedOnlyWithinReachEachTimeAudited() throws Exception {
		assertThat(photos.exists(anxin, workerId)).isFalse();
		photos.upload(anxin, workerId, PNG);
		byte[] stored = jdbc.sql("SELECT content_sealed FROM archive.worker_photo WHERE worker_id = :w").param("w", workerId)
			.query(byte[].class).single();
		assertThat(indexOf(stored, "IHDR".getBytes())).as("no plaintext PNG at rest").isNegative();

		Actor yanta = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);
		assertThat(photos.open(yanta, workerId)).get().satisfies(p -> {
			assertThat(p.contentType()).isEqualTo("image/png");
			assertThat(p.content()).isEqualTo(PNG);
		});
		assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE target_type = 'worker' AND target_id = :id AND action = 'SENSITIVE_VIEW' "
				+ "AND details::text LIKE '%photo%'").param("id", Long.toString(workerId)).query(Long.class).single()).isEqualTo(1);
		Actor beilin = new Actor(4, "beilin", "碑林区商务局", Role.REGULATOR, RegionCode.of("610103"), null);
		assertThatThrownBy(() -> photos.open(beilin, workerId)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> photos.upload(haobangshou, workerId, PNG)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> photos.upload(yanta, workerId, PNG)).isInstanceOf(AccessDeniedException.class);

		mvc.perform(fixtures.asAccount(get("/workers/" + workerId + "/photo"), "yanta"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Cache-Control", "no-store"));
		mvc.perform(fixtures.asAccount(get("/workers/" + workerId + "/photo"), "beilin")).andExpect(status().isNotFound());
	}

	@Test
	void onlyARealJpegOrPngOfAtMostTwoMegabytesIsTaken() {
		byte[] html = "<html><script>alert(1)</script></html>".getBytes();
		assertThatThrownBy(() -> photos.upload(anxin, workerId, html)).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("archive.photo.type"));
		assertThatThrownBy(() -> photos.upload(anxin, workerId, "%PDF-1.7".getBytes())).isInstanceOf(InvalidValueException.class);
		byte[] huge = Arrays.copyOf(PNG, WorkerPhotoService.MAX_BYTES + 1);
		assertThatThrownBy(() -> photos.upload(anxin, workerId, huge)).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("archive.photo.too-large"));
		assertThat(photos.exists(anxin, workerId)).as("nothing stored after a refusal").isFalse();
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
