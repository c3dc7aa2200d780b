package cn.jiazheng.credit.platform.internal;

import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database keeps its data across a stop and a start when it has a data directory. */
class EmbeddedDatabaseRestartTest {

	@TempDir
	Path dataDir;

	@Test
	void whatWasCommittedIsThereAfterARestart() throws Exception {
		EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
		try (EmbeddedPostgres first = configuration.embeddedPostgres(dataDir.toString(), 0)) {
			DataSource db = first.getPostgresDatabase();
			JdbcClient.create(db).sql("CREATE TABLE kept (name text)").update();
			JdbcClient.create(db).sql("INSERT INTO kept VALUES ('雁塔区')").update();
		}
		try (EmbeddedPostgres second = configuration.embeddedPostgres(dataDir.toString(), 0)) {
			assertThat(JdbcClient.create(second.getPostgresDatabase()).sql("SELECT name FROM kept").query(String.class).single())
				.isEqualTo("雁塔区");
		}
	}
}
