package cn.jiazheng.credit.consent;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.SplittableRandom;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * 信用信息授权书: checked by content and size, kept encrypted, opened only by those allowed, and every
 * opening audited.
 */
@PlatformTest
class AuthorisationLetterTest {

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n签名：王秀兰".getBytes(StandardCharsets.UTF_8);

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	@Autowired
	Consents consents;

	@Autowired
	Workers workers;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private Actor qiye;

	private Actor staff;

	private Actor qiye2;

	private long worker;

	@BeforeEach
	void aWorker() {
		DemoData.Cast cast = demo.seedCast();
		qiye = new Actor(5, "qiye", "企业管理员", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), cast.demoEnterprise());
		staff = new Actor(6, "qiye-staff", "前台", Role.ENTERPRISE_STAFF, RegionCode.of("610113"), cast.demoEnterprise());
		qiye2 = new Actor(8, "qiye2", "别家", Role.ENTERPRISE_ADMIN, RegionCode.of("610103"), cast.otherEnterprise());
		ResidentId id = cn.jiazheng.credit.archive.FreshResidentIds.of("610113", Gender.FEMALE);
		worker = workers.register(staff, "王秀兰", id.value(), null);
	}

	@Test
	void aLetterIsFiledEncryptedAndOpenedOnlyByThoseAllowedWithEveryOpeningAudited() {
		long letter = consents.fileLetter(staff, worker, PDF, EnumSet.of(ConsentScope.PLATFORM_SHARING));
		assertThat(consents.letters(staff, worker)).singleElement().satisfies(l -> {
			assertThat(l.contentType()).isEqualTo("application/pdf");
			assertThat(l.allows(ConsentScope.PLATFORM_SHARING)).isTrue();
			assertThat(l.allows(ConsentScope.CONSUMER_QUERIES)).as("consumer queries are a separate consent").isFalse();
		});
		byte[] stored = jdbc.sql("SELECT content_sealed FROM consent.authorisation_letter WHERE id = :id").param("id", letter)
			.query(byte[].class).single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF").doesNotContain("Catalog");

		assertThat(consents.open(qiye, letter).bytes()).isEqualTo(PDF);
		assertThat(audits(letter, "SUCCESS")).isEqualTo(1);
		assertThatThrownBy(() -> consents.open(staff, letter)).isInstanceOf(AccessDeniedException.class);
		assertThat(audits(letter, "FAILURE")).as("the refusal is audited").isEqualTo(1);
		assertThatThrownBy(() -> consents.open(qiye2, letter)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theContentNotTheNameDecidesAndBadFilesAreRefusedWithTheRule() {
		long before = count();
		assertThatThrownBy(() -> consents.fileLetter(staff, worker,
				"<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
				EnumSet.of(ConsentScope.PLATFORM_SHARING)))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> {
				assertThat(ex.field()).isEqualTo("file");
				assertThat(ex.messageKey()).isEqualTo("consent.letter.type");
			});
		byte[] huge = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(PNG, 0, huge, 0, PNG.length);
		assertThatThrownBy(() -> consents.fileLetter(staff, worker, huge, EnumSet.of(ConsentScope.PLATFORM_SHARING)))
			.isInstanceOfSatisfying(InvalidValueException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("consent.letter.too-large"));
		assertThatThrownBy(() -> consents.fileLetter(staff, worker, PNG, EnumSet.of(ConsentScope.CONSUMER_QUERIES)))
			.isInstanceOfSatisfying(InvalidValueException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("consent.letter.platform-required"));
		assertThatThrownBy(() -> consents.fileLetter(qiye2, worker, PNG, EnumSet.of(ConsentScope.PLATFORM_SHARING)))
			.as("another enterprise's worker does not exist for it").isInstanceOf(NotFoundException.class);
		assertThat(count()).as("nothing stored").isEqualTo(before);
		consents.fileLetter(staff, worker, PNG, EnumSet.allOf(ConsentScope.class));
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void theUploadPageRefusesAWebPageNamedLikeAPdf() throws Exception {
		var principal = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(staff, null,
				java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ENTERPRISE_STAFF")));
		String page = mvc.perform(multipart("/workers/" + worker + "/consents")
				.file(new MockMultipartFile("file", "授权书.pdf", "application/pdf", "<html>fake</html>".getBytes()))
				.param("scopes", "PLATFORM_SHARING")
				.with(csrf())
				.with(authentication(principal)))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("授权书须为 PDF、JPG 或 PNG 文件（按文件内容核验）");
		assertThat(consents.letters(staff, worker)).isEmpty();
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM consent.authorisation_letter WHERE worker_id = :w").param("w", worker)
			.query(Long.class).single();
	}

	private long audits(long letter, String outcome) {
		return jdbc.sql("SELECT count(*) FROM audit.entry WHERE action = 'SENSITIVE_VIEW' AND target_type = 'authorisation_letter' "
				+ "AND target_id = :id AND outcome = :o").param("id", Long.toString(letter)).param("o", outcome)
			.query(Long.class).single();
	}
}
