package cn.jiazheng.credit.region.internal;

import java.io.IOException;
import java.io.InputStream;

import cn.jiazheng.credit.region.DatasetReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Brings the division tree shipped with the release into the database at start-up (see reference/SOURCE.md). */
@Component
class ShippedRegionDataset implements ApplicationRunner {

	static final String RESOURCE = "reference/regions.csv";

	static final String LABEL = "NBS 2023-06-30 (china-division 2.7.0)";

	private static final Logger log = LoggerFactory.getLogger(ShippedRegionDataset.class);

	private final JdbcRegionDirectory directory;

	ShippedRegionDataset(JdbcRegionDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		load();
	}

	DatasetReport load() throws IOException {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			DatasetReport report = directory.loadShipped(LABEL, in.readAllBytes());
			log.info("Region dataset {}: {} ({} regions, {} added)", LABEL, report.status(), report.regionCount(),
					report.added());
			return report;
		}
	}
}
