package cn.jiazheng.credit.archive.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import cn.jiazheng.credit.CreditPlatformApplication;
import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.importing.ImportBatch;
import cn.jiazheng.credit.importing.Imports;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Memory of the worker import, run by bench/worker-import-memory.sh on a small fixed heap: for each
 * row count given, a fresh enterprise uploads a generated CSV and applies it, while a sampler records
 * the peak heap used; the old generation after collection shows what stays alive. If memory grew
 * with the rows, the larger file would show it (or fail with OutOfMemoryError on -Xmx256m).
 */
public final class WorkerImportBench {

	private WorkerImportBench() {
	}

	public static void main(String[] args) throws Exception {
		ConfigurableApplicationContext context = SpringApplication.run(CreditPlatformApplication.class, "--server.port=0",
				"--logging.level.root=WARN");
		int exit = 0;
		try {
			Imports imports = context.getBean(Imports.class);
			EnterpriseFiles files = context.getBean(EnterpriseFiles.class);
			Actor admin = new Actor(1, "admin", "平台管理员", Role.PLATFORM_ADMIN, null, null);
			int series = 0;
			System.out.printf("%-8s %10s %10s %12s %16s %20s%n", "rows", "validate", "apply", "rows/s", "peak heap used",
					"peak old gen after GC");
			for (String arg : args.length == 0 ? new String[] { "10000", "100000" } : args) {
				int rows = Integer.parseInt(arg);
				RegionCode county = RegionCode.of("610116");
				long enterprise = files.register(admin, CreditCode.generate(county, new SplittableRandom()).value(),
						"内存基准家政" + series, county.value());
				Actor by = new Actor(0, "bench-" + series, "基准", Role.ENTERPRISE_ADMIN, county, enterprise);
				Path csv = Files.createTempFile("bench-workers-", ".csv");
				try {
					WorkerImportScaleTest.write(csv, series, rows, series);
					System.gc();
					Sampler sampler = new Sampler();
					sampler.start();
					long started = System.nanoTime();
					ImportBatch batch = imports.upload(by, "WORKER", "bench.csv", csv, Locale.SIMPLIFIED_CHINESE);
					long validated = System.nanoTime();
					ImportBatch applied = imports.apply(by, batch.id(), Locale.SIMPLIFIED_CHINESE);
					long done = System.nanoTime();
					sampler.finish();
					if (applied.appliedRows() != rows) {
						System.out.println("FAILED: applied " + applied.appliedRows() + " of " + rows + " rows");
						exit = 1;
					}
					System.out.printf("%-8d %9.1fs %9.1fs %12.0f %13.1f MB %17.1f MB%n", rows, (validated - started) / 1e9,
							(done - validated) / 1e9, rows / ((done - started) / 1e9), sampler.peak.get() / 1048576.0,
							sampler.oldAfterGc() / 1048576.0);
				}
				finally {
					Files.delete(csv);
				}
				series++;
			}
			System.out.printf("max heap %.0f MB%n", Runtime.getRuntime().maxMemory() / 1048576.0);
		}
		finally {
			context.close();
		}
		System.exit(exit);
	}

	/** Heap used, sampled every 10 ms; and the old generation's peak after collections. */
	private static final class Sampler extends Thread {

		final AtomicLong peak = new AtomicLong();

		private volatile boolean running = true;

		Sampler() {
			setDaemon(true);
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		}

		@Override
		public void run() {
			while (running) {
				peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(10);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		void finish() throws InterruptedException {
			running = false;
			join();
		}

		long oldAfterGc() {
			long max = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old") && pool.getCollectionUsage() != null) {
					max = Math.max(max, pool.getCollectionUsage().getUsed());
				}
			}
			return max;
		}
	}
}
