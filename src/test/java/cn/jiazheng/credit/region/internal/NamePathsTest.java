package cn.jiazheng.credit.region.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.region.RegionCode;
import cn.jiazheng.credit.region.RegionDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list names the county of each of its rows: the names of a whole page come from one statement, so a
 * page of 50 rows does not cost 50 round trips to the database (issue 5). The statements are counted
 * on the connections the directory is given.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NamePathsTest {

	private static final List<RegionCode> PAGE = List.of("610113", "610103", "610112", "610116", "610104", "110101",
			"500229", "419001", "4419", "6101", "61", "610113").stream().map(RegionCode::of).toList();

	@Autowired
	DataSource dataSource;

	@Autowired
	MessageSource messages;

	@Autowired
	ObjectProvider<AuditTrail> audit;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	RegionDirectory directory;

	private final AtomicInteger statements = new AtomicInteger();

	private JdbcRegionDirectory counted;

	@BeforeEach
	void countingStatements() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		counted = new JdbcRegionDirectory(JdbcClient.create(counting(dataSource)), messages, audit, transactions);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aPageOfCodesIsNamedByOneStatement() {
		Map<RegionCode, String> names = counted.namePaths(PAGE);

		assertThat(statements).as("statements for %d codes", PAGE.size()).hasValue(1);
		assertThat(names).hasSize(11)
			.containsEntry(RegionCode.of("610113"), "陕西省 / 西安市 / 雁塔区")
			.containsEntry(RegionCode.of("610103"), "陕西省 / 西安市 / 碑林区")
			.containsEntry(RegionCode.of("110101"), "北京市 / 东城区")
			.containsEntry(RegionCode.of("500229"), "重庆市 / 城口县")
			.containsEntry(RegionCode.of("419001"), "河南省 / 济源市")
			.containsEntry(RegionCode.of("4419"), "广东省 / 东莞市")
			.containsEntry(RegionCode.of("61"), "陕西省");
	}

	@Test
	void theBatchAgreesWithTheNamePathOfEachCode() {
		Map<RegionCode, String> names = directory.namePaths(PAGE);
		for (RegionCode code : PAGE) {
			assertThat(names.get(code)).as(code.value()).isEqualTo(directory.namePath(code));
		}
	}

	@Test
	void unknownCodesAreLeftOutAndNoCodesNeedNoStatement() {
		assertThat(counted.namePaths(List.of(RegionCode.of("619999"), RegionCode.of("610113"))))
			.containsOnlyKeys(RegionCode.of("610113"));
		statements.set(0);
		assertThat(counted.namePaths(List.of())).isEmpty();
		assertThat(statements).hasValue(0);
	}

	/** The data source, with every statement prepared or created on its connections counted. */
	private DataSource counting(DataSource target) {
		return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
				(proxy, method, args) -> {
					Object result = invoke(target, method, args);
					return result instanceof Connection connection ? counting(connection) : result;
				});
	}

	private Connection counting(Connection target) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
							|| method.getName().equals("prepareCall")) {
						statements.incrementAndGet();
					}
					return invoke(target, method, args);
				});
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}
}
