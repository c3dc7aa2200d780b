package cn.jiazheng.credit.identity;

import java.util.Map;

import cn.jiazheng.credit.region.RegionCode;

import org.springframework.security.access.AccessDeniedException;

/**
 * 属地范围: the part of the data an actor may reach, the one mechanism every query and write goes
 * through. The platform admin reaches everything; a regulator its territory and everything below it;
 * an enterprise user its own enterprise; workers and consumers no territorial data at all (their own
 * records are reached by their account, not by region).
 *
 * <p>Reads outside the scope answer "not found" ({@link #requireReadable}); writes that would place
 * data outside it are refused ({@link #requireWritable}).
 */
public final class Scope {

	private final Actor actor;

	private Scope(Actor actor) {
		this.actor = actor;
	}

	public static Scope of(Actor actor) {
		return new Scope(actor);
	}

	public Actor actor() {
		return actor;
	}

	public boolean isEverything() {
		return actor.role() == Role.PLATFORM_ADMIN;
	}

	/** Whether data registered in {@code region} (and, if given, owned by {@code enterpriseId}) is within reach. */
	public boolean covers(RegionCode region, Long enterpriseId) {
		return switch (actor.role()) {
			case PLATFORM_ADMIN -> true;
			case REGULATOR, INTEGRATOR -> actor.territory() != null && region != null && actor.territory().contains(region);
			case ENTERPRISE_ADMIN, ENTERPRISE_STAFF -> enterpriseId != null && enterpriseId.equals(actor.enterpriseId());
			case WORKER, CONSUMER -> false;
		};
	}

	/** For reads: what lies outside the scope does not exist for this actor. */
	public void requireReadable(RegionCode region, Long enterpriseId) {
		if (!covers(region, enterpriseId)) {
			throw new cn.jiazheng.credit.platform.NotFoundException("scope.not-found");
		}
	}

	/** For writes: placing data outside the scope is refused outright. */
	public void requireWritable(RegionCode region, Long enterpriseId) {
		if (!covers(region, enterpriseId)) {
			throw new AccessDeniedException("scope.write-outside");
		}
	}

	/**
	 * The SQL condition that keeps a query inside the scope, for tables with a region column and an
	 * enterprise column (pass {@code null} for a column the table lacks: the scope then reaches none
	 * of its rows through that column). Parameters are named {@code scopeRegion} and {@code scopeEnterprise}.
	 */
	public SqlCondition condition(String regionColumn, String enterpriseColumn) {
		return switch (actor.role()) {
			case PLATFORM_ADMIN -> new SqlCondition("TRUE", Map.of());
			case REGULATOR, INTEGRATOR -> regionColumn == null || actor.territory() == null ? SqlCondition.NOTHING
					: new SqlCondition(regionColumn + " LIKE :scopeRegion",
							Map.of("scopeRegion", actor.territory().value() + "%"));
			case ENTERPRISE_ADMIN, ENTERPRISE_STAFF -> enterpriseColumn == null ? SqlCondition.NOTHING
					: new SqlCondition(enterpriseColumn + " = :scopeEnterprise",
							Map.of("scopeEnterprise", actor.enterpriseId()));
			case WORKER, CONSUMER -> SqlCondition.NOTHING;
		};
	}

	/** A WHERE fragment and its named parameters. */
	public record SqlCondition(String sql, Map<String, Object> parameters) {

		static final SqlCondition NOTHING = new SqlCondition("FALSE", Map.of());
	}

	@Override
	public String toString() {
		return "Scope[" + actor.role() + (actor.territory() == null ? "" : " " + actor.territory())
				+ (actor.enterpriseId() == null ? "" : " enterprise " + actor.enterpriseId()) + "]";
	}
}
