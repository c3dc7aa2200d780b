package cn.jiazheng.credit.demo;

/**
 * Seeds demo data through the platform's own services, so that what the demo shows is what the
 * platform would have made of real input.
 */
public interface DemoData {

	/** The two demo enterprises and the demo accounts bound to them; idempotent. */
	Cast seedCast();

	/**
	 * Adds generated enterprises across several Shaanxi counties of very different sizes, in a mix of
	 * states (drafts, pending reviews, returned and released files). The same seed gives the same data.
	 */
	int seedProvince(int enterprises, long seed);

	/**
	 * Adds workers to the enterprises whose files are released: from one to a few dozen each (a few
	 * large employers, many small ones), with valid ID numbers, mostly women born 1965–2000, and takes
	 * their credit files (一人一档) through the workflow as their enterprise and county regulator would:
	 * about 10 % not started, 15 % drafts, 15 % waiting for review, 5 % returned with a reason, the rest
	 * released, most of these with a background check; about one health certificate in six has expired.
	 * Letters of consent are on file for every submitted worker. Returns how many workers were added; the
	 * same seed adds nothing twice, and workers registered by an earlier version get their files.
	 */
	int seedWorkers(int workers, long seed);

	/**
	 * The demo worker 王秀兰 (account {@code ayi}) with a released file, a valid health examination and a
	 * clear background check, and workers of the demo enterprise in every state, one of them released with
	 * an expired health certificate. Seeds the cast first; idempotent. Returns how many workers were added.
	 */
	int seedCastWorkers();

	/** The enterprises the demo accounts belong to. */
	record Cast(long demoEnterprise, long otherEnterprise) {
	}
}
