package cn.jiazheng.credit.hostile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.ApiScope;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.ApiKeys;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request larger than the servlet container's multipart limit (10 MB a file, 12 MB a request) is refused
 * by the container before any of the application sees it: a 413, and nothing stored. MockMvc does not parse
 * multipart bodies, so this needs the real server (the browser tests' configuration, hence their context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MultipartLimitHostileInputTest {

	@LocalServerPort
	int port;

	@Autowired
	DemoData demo;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anUploadOverTheMultipartLimitIsRefusedWith413AndNothingIsStored() throws Exception {
		long own = demo.seedCast().demoEnterprise();
		String key = keys.issue(new Actor(0, "test-admin", "测试管理员", Role.PLATFORM_ADMIN, null, null), "上传上限测试",
				List.of(ApiScope.RECORDS_WRITE), RegionCode.of("610113"));
		String json = "{\"subjectKind\":\"ENTERPRISE\",\"subjectId\":" + own + ",\"typeCode\":\"HONOUR\","
				+ "\"sourceOrganisation\":\"雁塔区商务局\",\"documentNumber\":\"雁商表〔2026〕2号\",\"decisionDate\":\"2026-01-05\","
				+ "\"summary\":\"表彰\"}";
		byte[] evidence = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 11 * 1024 * 1024);
		long records = count("record.credit_record");
		long attachments = count("record.attachment");

		String boundary = "hostile" + System.nanoTime();
		byte[] body = concat(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"record\"\r\nContent-Type: application/json\r\n\r\n"
				+ json + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8), evidence,
				("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/records"))
				.header("X-API-Key", key)
				.header("Accept", "application/json")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.timeout(Duration.ofSeconds(60))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat(response.body()).as("the answer names the limit and the field").contains("超过 12 MB 上限").contains("\"field\":\"file\"");
		assertThat(count("record.credit_record")).isEqualTo(records);
		assertThat(count("record.attachment")).isEqualTo(attachments);
	}

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private static byte[] concat(byte[]... parts) {
		int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}
}
