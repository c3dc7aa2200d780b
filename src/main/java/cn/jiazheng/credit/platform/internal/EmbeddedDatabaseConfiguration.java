package cn.jiazheng.credit.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL inside the application when no database URL is configured, so that a fresh
 * machine with only a JDK runs the real database. With {@code SPRING_DATASOURCE_URL} set this
 * configuration stays out of the way and Spring Boot connects to that server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/**
	 * An empty data directory means a throw-away database (tests); a path keeps the data across
	 * restarts (the demo run).
	 */
	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${jiazheng.embedded-db.data-dir:}") String dataDir,
			@Value("${jiazheng.embedded-db.port:0}") int port) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setServerConfig("max_connections", "200")
			.setServerConfig("timezone", "UTC")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C");
		if (!dataDir.isBlank()) {
			Path dir = Path.of(dataDir).toAbsolutePath();
			Files.createDirectories(dir);
			// A kept database keeps what was confirmed through a crash: zonky's defaults (fsync and
			// synchronous commit off) suit throw-away test databases only.
			builder.setDataDirectory(dir).setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on");
		}
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL started on port {}{}", postgres.getPort(),
				dataDir.isBlank() ? " (temporary data)" : " with data in " + dataDir);
		return postgres;
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres,
			@Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize,
			@Value("${spring.datasource.hikari.connection-timeout:10000}") java.time.Duration connectionTimeout) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(poolSize);
		config.setConnectionTimeout(connectionTimeout.toMillis());
		config.setPoolName("embedded");
		// pgjdbc sends a JDBC batch as multi-row INSERTs: one round trip per batch instead of one per row
		// (rating results, import rows). The same is set for an external database in application.properties.
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		return new HikariDataSource(config);
	}
}
