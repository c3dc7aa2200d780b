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
	 * large employers, many small ones), with valid ID numbers, mostly women born 1965–2000. Returns
	 * how many were added; the same seed adds nothing twice.
	 */
	int seedWorkers(int workers, long seed);

	/** The enterprises the demo accounts belong to. */
	record Cast(long demoEnterprise, long otherEnterprise) {
	}
}
