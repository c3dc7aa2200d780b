package cn.jiazheng.credit.demo.internal;

import cn.jiazheng.credit.archive.WorkerFiles;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Only in the demo profile, once the reference data are loaded: the demo cast and a province of a few
 * hundred enterprises and a couple of thousand workers with their files. Running again adds nothing that
 * is already there; the log says how long seeding took.
 */
@Component
@Profile("demo")
class DemoProfile {

	private static final Logger log = LoggerFactory.getLogger(DemoProfile.class);

	/** Only to count, across the whole province. */
	private static final Actor PLATFORM = new Actor(0, "demo", "演示数据", Role.PLATFORM_ADMIN, null, null);

	private final DemoData demo;

	private final WorkerFiles files;

	DemoProfile(DemoData demo, WorkerFiles files) {
		this.demo = demo;
		this.files = files;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void seed() {
		long start = System.nanoTime();
		DemoData.Cast cast = demo.seedCast();
		int made = demo.seedProvince(300, 2026);
		long enterprises = System.nanoTime();
		int workers = demo.seedWorkers(2000, 2026) + demo.seedCastWorkers();
		long end = System.nanoTime();
		log.info("Demo data ready: enterprises {} and {} for the demo accounts, {} more enterprises ({} ms) and {} workers with their"
				+ " files ({} ms) generated; worker files by state {}", cast.demoEnterprise(), cast.otherEnterprise(), made,
				(enterprises - start) / 1_000_000, workers, (end - enterprises) / 1_000_000, this.files.countByState(PLATFORM));
	}
}
