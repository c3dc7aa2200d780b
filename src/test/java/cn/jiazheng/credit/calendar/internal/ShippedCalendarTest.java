package cn.jiazheng.credit.calendar.internal;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class ShippedCalendarTest {

	@Autowired
	CalendarYears years;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadingTheShippedFileAgainChangesNothing() throws IOException {
		long days = jdbc.sql("SELECT count(*) FROM calendar.official_day").query(Long.class).single();
		String stamps = jdbc.sql("SELECT string_agg(year || '@' || loaded_at, ',' ORDER BY year) FROM calendar.loaded_year")
			.query(String.class)
			.single();

		assertThat(years.loadShipped(ShippedCalendar.LABEL, shipped())).isEmpty();

		assertThat(jdbc.sql("SELECT count(*) FROM calendar.official_day").query(Long.class).single()).isEqualTo(days)
			.isEqualTo(769);
		assertThat(jdbc.sql("SELECT string_agg(year || '@' || loaded_at, ',' ORDER BY year) FROM calendar.loaded_year")
			.query(String.class)
			.single()).isEqualTo(stamps);
	}

	@Test
	void theShippedFileParsesWithoutErrors() throws IOException {
		OfficialDaysCsv.Parsed parsed = OfficialDaysCsv.parse(shipped(), null);
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.days()).hasSize(769);
	}

	private static byte[] shipped() throws IOException {
		try (InputStream in = new ClassPathResource(ShippedCalendar.RESOURCE).getInputStream()) {
			return in.readAllBytes();
		}
	}
}
