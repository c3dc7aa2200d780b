package cn.jiazheng.credit.platform.internal;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.datasource.url} set, the application uses that server and starts no database of
 * its own; outside the demo profile it creates no demo accounts. The "external" server here is one
 * this test starts itself.
 */
@SpringBootTest
@DirtiesContext
class ExternalDatabaseTest {

	private static final EmbeddedPostgres EXTERNAL = start();

	@Autowired
	ApplicationContext context;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> EXTERNAL.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@Test
	void theConfiguredServerIsUsedAndNothingIsStarted() {
		assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
		long regions = JdbcClient.create(EXTERNAL.getPostgresDatabase())
			.sql("SELECT count(*) FROM region.region")
			.query(Long.class)
			.single();
		assertThat(regions).as("the application migrated and loaded the configured server").isGreaterThan(3000);
	}

	@Test
	void aStartOutsideTheDemoProfileCreatesNoDemoAccounts() {
		long accounts = JdbcClient.create(EXTERNAL.getPostgresDatabase())
			.sql("SELECT count(*) FROM identity.account")
			.query(Long.class)
			.single();
		assertThat(accounts).isZero();
	}

	@AfterAll
	static void stop() throws IOException {
		EXTERNAL.close();
	}

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
