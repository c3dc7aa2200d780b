package cn.jiazheng.credit.demo.internal;

import cn.jiazheng.credit.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Only in the demo profile, once the reference data are loaded: the demo cast and a province of a few
 * hundred enterprises. Running again adds nothing that is already there.
 */
@Component
@Profile("demo")
class DemoProfile {

	private static final Logger log = LoggerFactory.getLogger(DemoProfile.class);

	private final DemoData demo;

	DemoProfile(DemoData demo) {
		this.demo = demo;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void seed() {
		DemoData.Cast cast = demo.seedCast();
		int made = demo.seedProvince(300, 2026);
		int workers = demo.seedWorkers(2000, 2026);
		log.info("Demo data ready: enterprises {} and {} for the demo accounts, {} more enterprises and {} workers generated",
				cast.demoEnterprise(), cast.otherEnterprise(), made, workers);
	}
}
