package cn.jiazheng.credit.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Brings the official days shipped with the release (2004–2026, see reference/SOURCE.md) into the database. */
@Component
class ShippedCalendar implements ApplicationRunner {

	static final String RESOURCE = "reference/cn-official-days.csv";

	static final String LABEL = "State Council notices (chinese-days 1.5.7)";

	private static final Logger log = LoggerFactory.getLogger(ShippedCalendar.class);

	private final CalendarYears years;

	ShippedCalendar(CalendarYears years) {
		this.years = years;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			List<Integer> loaded = years.loadShipped(LABEL, in.readAllBytes());
			log.info("Working calendar: {} year(s) loaded from the shipped file {}", loaded.size(), loaded);
		}
	}
}
