package cn.jiazheng.credit.region;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.region.DatasetReport.RowError;
import cn.jiazheng.credit.region.DatasetReport.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@AutoConfigureMockMvc
class RegionDirectoryTest {

	static final int SHIPPED_REGIONS = 3348;

	@Autowired
	RegionDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void chinese() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	/** Whatever a test loaded, the shipped dataset is current again afterwards. */
	@AfterEach
	void restoreShipped() throws IOException {
		directory.load("restore after test", shipped(), true, AuditActor.SYSTEM);
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void theShippedDatasetIsLoadedAtStartUp() {
		assertThat(activeCount()).isEqualTo(SHIPPED_REGIONS);
		assertThat(directory.provinces()).hasSize(31).first().extracting(Region::name).isEqualTo("北京市");
		Region yanta = directory.require(RegionCode.of("610113"));
		assertThat(yanta.name()).isEqualTo("雁塔区");
		assertThat(yanta.level()).isEqualTo(RegionLevel.COUNTY);
		assertThat(yanta.parent()).isEqualTo(RegionCode.of("6101"));
		assertThat(yanta.retired()).isFalse();
		assertThat(directory.children(RegionCode.of("6101"))).extracting(Region::name).contains("雁塔区", "长安区");
		assertThat(directory.children(null)).hasSize(31);
	}

	@Test
	void namePathsReadFromTheProvinceDownSkippingPlaceholders() {
		assertThat(directory.namePath(RegionCode.of("610113"))).isEqualTo("陕西省 / 西安市 / 雁塔区");
		assertThat(directory.namePath(RegionCode.of("610000"))).isEqualTo("陕西省");
		assertThat(directory.namePath(RegionCode.of("110101"))).isEqualTo("北京市 / 东城区");
		assertThat(directory.namePath(RegionCode.of("500229"))).isEqualTo("重庆市 / 城口县");
		assertThat(directory.namePath(RegionCode.of("1101"))).isEqualTo("北京市 / 市辖区");
		assertThat(directory.namePath(RegionCode.of("419001"))).isEqualTo("河南省 / 济源市");
		assertThat(directory.namePath(RegionCode.of("4419"))).isEqualTo("广东省 / 东莞市");
	}

	@Test
	void unknownCodesAreNotFound() {
		RegionCode nowhere = RegionCode.of("619999");
		assertThat(directory.find(nowhere)).isEmpty();
		assertThat(directory.exists(nowhere)).isFalse();
		assertThatThrownBy(() -> directory.require(nowhere)).isInstanceOf(NotFoundException.class)
			.hasMessage("region.not-found");
		assertThatThrownBy(() -> directory.namePath(nowhere)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void searchFindsByNameAndByCodePrefix() {
		assertThat(directory.search("雁塔", 10)).extracting(r -> r.code().value()).contains("610113");
		assertThat(directory.search("6101", 100)).extracting(r -> r.code().value())
			.startsWith("6101")
			.contains("610113")
			.allMatch(code -> code.startsWith("6101"));
		assertThat(directory.search("610000", 1)).extracting(r -> r.code().value()).containsExactly("61");
		assertThat(directory.search("朝阳区", 10)).hasSizeGreaterThanOrEqualTo(2);
		assertThat(directory.search("", 10)).isEmpty();
	}

	@Test
	void loadingTheSameDataTwiceChangesNothing() throws IOException {
		long datasets = datasetCount();
		DatasetReport first = directory.load("again", shipped());
		DatasetReport second = directory.load("and again", shipped());

		assertThat(first.status()).isEqualTo(Status.UNCHANGED);
		assertThat(second.status()).isEqualTo(Status.UNCHANGED);
		assertThat(second.regionCount()).isEqualTo(SHIPPED_REGIONS);
		assertThat(activeCount()).isEqualTo(SHIPPED_REGIONS);
		assertThat(jdbc.sql("SELECT count(*) FROM region.region").query(Long.class).single())
			.isEqualTo(SHIPPED_REGIONS);
		assertThat(datasetCount()).isEqualTo(datasets);
	}

	@Test
	void codesMissingFromANewerDatasetAreRetiredButStillResolve() throws IOException {
		String newer = shippedText().lines()
			.filter(line -> !line.startsWith("610113,"))
			.map(line -> line.equals("610112,未央区") ? "610112,未央新区" : line)
			.collect(Collectors.joining("\n"));

		DatasetReport report = directory.load("newer", csv(newer));

		assertThat(report.status()).isEqualTo(Status.APPLIED);
		assertThat(report.retired()).isEqualTo(1);
		assertThat(report.renamed()).isEqualTo(1);
		assertThat(report.added()).isZero();
		RegionCode yanta = RegionCode.of("610113");
		assertThat(directory.exists(yanta)).isTrue();
		assertThat(directory.isActive(yanta)).isFalse();
		assertThat(directory.require(yanta).retired()).isTrue();
		assertThat(directory.namePath(yanta)).isEqualTo("陕西省 / 西安市 / 雁塔区（已撤销）");
		assertThat(directory.children(RegionCode.of("6101"))).filteredOn(Region::retired)
			.extracting(Region::name)
			.containsExactly("雁塔区");
		assertThat(directory.require(RegionCode.of("610112")).name()).isEqualTo("未央新区");
		assertThat(jdbc.sql("SELECT retired_in FROM region.region WHERE code = '610113'").query(String.class).single())
			.isEqualTo("newer");
		assertThat(activeCount()).isEqualTo(SHIPPED_REGIONS - 1);

		DatasetReport back = directory.load("shipped again", shipped());
		assertThat(back.status()).isEqualTo(Status.APPLIED);
		assertThat(back.restored()).isEqualTo(1);
		assertThat(back.renamed()).isEqualTo(1);
		assertThat(directory.isActive(yanta)).isTrue();
		assertThat(directory.require(RegionCode.of("610112")).name()).isEqualTo("未央区");
	}

	@Test
	void aDatasetRetiringMoreThanHalfNeedsConfirmation() throws IOException {
		String onlyShaanxi = shippedText().lines()
			.filter(line -> line.startsWith("code,") || line.startsWith("61"))
			.collect(Collectors.joining("\n"));

		DatasetReport refused = directory.load("only Shaanxi", csv(onlyShaanxi));
		assertThat(refused.status()).isEqualTo(Status.NEEDS_CONFIRMATION);
		assertThat(refused.retired()).isGreaterThan(SHIPPED_REGIONS / 2);
		assertThat(activeCount()).isEqualTo(SHIPPED_REGIONS);

		DatasetReport confirmed = directory.load("only Shaanxi", csv(onlyShaanxi), true, AuditActor.SYSTEM);
		assertThat(confirmed.status()).isEqualTo(Status.APPLIED);
		assertThat(directory.isActive(RegionCode.of("110101"))).isFalse();
		assertThat(directory.namePath(RegionCode.of("110101"))).isEqualTo("北京市（已撤销） / 东城区（已撤销）");
	}

	@Test
	void aBadDatasetIsRejectedLineByLineAndChangesNothing() throws IOException {
		long datasets = datasetCount();
		String bad = """
				code,name
				61,陕西省
				61011,雁塔区
				6299,无上级市
				620102
				6101,西安市
				6101,长安市
				""" + "610113,\n";

		DatasetReport report = directory.load("bad", csv(bad));

		assertThat(report.status()).isEqualTo(Status.REJECTED);
		assertThat(report.errors()).extracting(RowError::line, RowError::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "region.upload.code-invalid"),
					org.assertj.core.groups.Tuple.tuple(4, "region.upload.parent-missing"),
					org.assertj.core.groups.Tuple.tuple(5, "region.upload.columns"),
					org.assertj.core.groups.Tuple.tuple(7, "region.upload.duplicate"),
					org.assertj.core.groups.Tuple.tuple(8, "region.upload.name-invalid"));
		assertThat(report.errors().get(0).messageArguments()).containsExactly("3", "61011");
		assertThat(activeCount()).isEqualTo(SHIPPED_REGIONS);
		assertThat(datasetCount()).isEqualTo(datasets);
		assertThat(directory.require(RegionCode.of("6101")).name()).isEqualTo("西安市");
	}

	@Test
	void aFileThatIsNotUtf8IsRejected() {
		byte[] gbk = "code,name\n61,陕西省\n".getBytes(java.nio.charset.Charset.forName("GBK"));
		DatasetReport report = directory.load("gbk", new ByteArrayInputStream(gbk));
		assertThat(report.status()).isEqualTo(Status.REJECTED);
		assertThat(report.errors()).extracting(RowError::messageKey).containsExactly("region.upload.not-utf8");
	}

	private long activeCount() {
		return jdbc.sql("SELECT count(*) FROM region.region WHERE NOT retired").query(Long.class).single();
	}

	private long datasetCount() {
		return jdbc.sql("SELECT count(*) FROM region.dataset").query(Long.class).single();
	}

	static InputStream shipped() throws IOException {
		return new ClassPathResource("reference/regions.csv").getInputStream();
	}

	static String shippedText() throws IOException {
		try (InputStream in = shipped()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static InputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
