package cn.jiazheng.credit.importing.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts batches back where a person can act on them after the instance working on them stopped: without
 * this, a batch killed while applying kept showing its progress bar, and one killed while validating could
 * be neither applied nor discarded. Safe on every instance at once.
 */
@Component
class InterruptedImports {

	private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

	private final ImportRepository batches;

	private final Duration stale;

	InterruptedImports(ImportRepository batches, @Value("${jiazheng.importing.validation-stale-after:PT10M}") Duration stale) {
		this.batches = batches;
		this.stale = stale;
	}

	@Scheduled(fixedDelayString = "${jiazheng.importing.recover-every:PT1M}", initialDelayString = "${jiazheng.importing.recover-after:PT20S}")
	@Transactional
	public int[] recover() {
		int[] counts = batches.recoverInterrupted(stale);
		if (counts[0] + counts[1] > 0) {
			log.info("Interrupted imports: {} applies rolled back and ready again, {} unfinished validations dropped", counts[0],
					counts[1]);
		}
		return counts;
	}
}
