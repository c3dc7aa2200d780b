package cn.jiazheng.credit.archive.internal;

import cn.jiazheng.credit.platform.SqlText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.RevisionState;
import cn.jiazheng.credit.archive.Worker;
import cn.jiazheng.credit.archive.WorkerFile;
import cn.jiazheng.credit.identity.Scope;
import cn.jiazheng.credit.platform.Unscoped;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** archive.worker: only sealed and masked forms of the sensitive values ever reach this table. */
@Repository
class WorkerRepository {

	private static final String COLUMNS = "w.id, w.name, w.gender, w.resident_id_masked, w.phone_masked, w.region_code, w.enterprise_id, w.created_at, "
			+ "w.state, w.released_number, w.health_valid_until";

	private final JdbcClient jdbc;

	WorkerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(Scope scope, SealedWorker worker) {
		scope.requireWritable(cn.jiazheng.credit.region.RegionCode.of(worker.regionCode()), worker.enterpriseId());
		return jdbc.sql("""
				INSERT INTO archive.worker (resident_id_index, resident_id_sealed, resident_id_masked, name, gender,
				                            phone_sealed, phone_masked, region_code, enterprise_id, created_by)
				VALUES (:idx, :idSealed, :idMasked, :name, :gender, :phoneSealed, :phoneMasked, :region, :enterprise, :by)
				RETURNING id""")
			.param("idx", worker.residentIdIndex())
			.param("idSealed", worker.residentIdSealed())
			.param("idMasked", worker.residentIdMasked())
			.param("name", worker.name())
			.param("gender", worker.gender().name())
			.param("phoneSealed", worker.phoneSealed())
			.param("phoneMasked", worker.phoneMasked())
			.param("region", worker.regionCode())
			.param("enterprise", worker.enterpriseId())
			.param("by", worker.createdBy())
			.query(Long.class)
			.single();
	}

	public Optional<Worker> find(Scope scope, long id) {
		Scope.SqlCondition in = scope.condition("w.region_code", "w.enterprise_id");
		return jdbc.sql("SELECT " + COLUMNS + " FROM archive.worker w WHERE w.id = :id AND " + in.sql())
			.param("id", id)
			.params(in.parameters())
			.query(WorkerRepository::worker)
			.optional();
	}

	/** The sealed values and their index, for decryption: {id index, id sealed, phone sealed}. */
	public Optional<String[]> sealed(Scope scope, long id) {
		Scope.SqlCondition in = scope.condition("w.region_code", "w.enterprise_id");
		return jdbc.sql("SELECT w.resident_id_index, w.resident_id_sealed, w.phone_sealed FROM archive.worker w WHERE w.id = :id AND "
				+ in.sql())
			.param("id", id)
			.params(in.parameters())
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.optional();
	}

	public List<Worker> byIndex(Scope scope, String residentIdIndex) {
		Scope.SqlCondition in = scope.condition("w.region_code", "w.enterprise_id");
		return jdbc.sql("SELECT " + COLUMNS + " FROM archive.worker w WHERE w.resident_id_index = :i AND " + in.sql())
			.param("i", residentIdIndex)
			.params(in.parameters())
			.query(WorkerRepository::worker)
			.list();
	}

	public List<Worker> byName(Scope scope, RevisionState state, String text, int limit, int offset) {
		Scope.SqlCondition in = scope.condition("w.region_code", "w.enterprise_id");
		return jdbc.sql("SELECT " + COLUMNS + " FROM archive.worker w WHERE " + in.sql()
				+ (state == null ? "" : " AND w.state = :state")
				+ " AND w.name LIKE :text ORDER BY w.id DESC LIMIT :limit OFFSET :offset")
			.params(in.parameters())
			.param("state", state == null ? null : state.name())
			.param("text", SqlText.containing(text))
			.param("limit", limit)
			.param("offset", offset)
			.query(WorkerRepository::worker)
			.list();
	}

	/** Workers whose file has no revision yet (state is null until the first draft is saved). */
	public List<Worker> notStarted(Scope scope, String text, int limit, int offset) {
		Scope.SqlCondition in = scope.condition("w.region_code", "w.enterprise_id");
		return jdbc.sql("SELECT " + COLUMNS + " FROM archive.worker w WHERE " + in.sql()
				+ " AND w.state IS NULL AND w.name LIKE :text ORDER BY w.id DESC LIMIT :limit OFFSET :offset")
			.params(in.parameters())
			.param("text", SqlText.containing(text))
			.param("limit", limit)
			.param("offset", offset)
			.query(WorkerRepository::worker)
			.list();
	}

	/** How many workers' files stand in each state within the scope; a file not yet started counts under null. */
	public java.util.Map<RevisionState, Long> countByState(Scope scope) {
		Scope.SqlCondition in = scope.condition("w.region_code", "w.enterprise_id");
		java.util.Map<RevisionState, Long> counts = new java.util.HashMap<>();
		jdbc.sql("SELECT w.state, count(*) AS n FROM archive.worker w WHERE " + in.sql() + " GROUP BY w.state")
			.params(in.parameters())
			.query((rs, row) -> counts.put(rs.getString("state") == null ? null : RevisionState.valueOf(rs.getString("state")), rs.getLong("n")))
			.list();
		return counts;
	}

	/** The released file's facts that ratings and lists use without decrypting anything. */
	@Unscoped("the revision has just been released within scope")
	public void released(long workerId, WorkerFile file) {
		jdbc.sql("""
				UPDATE archive.worker SET skill_level = :skill, health_valid_until = :health, training_count = :trainings,
				       training_hours = :hours, insured_until = :insured WHERE id = :id""")
			.param("skill", file.skillLevel() == null ? null : file.skillLevel().name())
			.param("health", file.healthExamination() != null && file.healthExamination().result() == cn.jiazheng.credit.archive.HealthResult.FIT
					? file.healthExamination().validUntil() : null)
			.param("trainings", file.trainings().size())
			.param("hours", file.trainings().stream().mapToInt(t -> t.hours() == null ? 0 : t.hours()).sum())
			.param("insured", file.insuredUntil())
			.param("id", workerId)
			.update();
	}

	/** A clear background check, valid until that day, or none (null): the one fact of a check kept in the clear. */
	@Unscoped("the check has just been recorded within scope")
	public void backgroundClearUntil(long workerId, java.time.LocalDate until) {
		jdbc.sql("UPDATE archive.worker SET background_clear_until = :until WHERE id = :id")
			.param("until", until)
			.param("id", workerId)
			.update();
	}

	/** The file moves with the worker: its keeper becomes the new employer (or none), its county theirs. */
	@Unscoped("part of an employment change the service has checked")
	public void moveKeeper(long workerId, Long enterpriseId, String regionCode) {
		jdbc.sql("UPDATE archive.worker SET enterprise_id = :e, region_code = COALESCE(:r, region_code) WHERE id = :id")
			.param("e", enterpriseId)
			.param("r", regionCode)
			.param("id", workerId)
			.update();
	}

	/** Across the whole platform, by blind index only: uniqueness of a person, and whom an enterprise proposes to employ. */
	@Unscoped("a person is one person platform-wide; callers answer only the masked view")
	public Optional<Worker> byIndexAnywhere(String residentIdIndex) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM archive.worker w WHERE w.resident_id_index = :i")
			.param("i", residentIdIndex)
			.query(WorkerRepository::worker)
			.optional();
	}

	@Unscoped("part of an employment change the service has checked")
	public Worker byId(long workerId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM archive.worker w WHERE w.id = :id")
			.param("id", workerId)
			.query(WorkerRepository::worker)
			.single();
	}

	@Unscoped("the admin has checked the role; an account links to one worker")
	public boolean linkAccount(long workerId, long accountId) {
		return jdbc.sql("UPDATE archive.worker SET account_id = :account WHERE id = :id")
			.param("account", accountId)
			.param("id", workerId)
			.update() == 1;
	}

	@Unscoped("a worker reaches their own file by their account, not by region")
	public Optional<Worker> byAccount(long accountId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM archive.worker w WHERE w.account_id = :account")
			.param("account", accountId)
			.query(WorkerRepository::worker)
			.optional();
	}

	/**
	 * Many workers of one enterprise in one statement (the import's chunk): one round trip instead of
	 * one per row. A worker whose index is taken meanwhile is not inserted; the answer maps each
	 * inserted index to its new id, so the caller sees which were not.
	 */
	public java.util.Map<String, Long> insertAll(Scope scope, List<SealedWorker> workers) {
		if (workers.isEmpty()) {
			return java.util.Map.of();
		}
		SealedWorker first = workers.get(0);
		scope.requireWritable(cn.jiazheng.credit.region.RegionCode.of(first.regionCode()), first.enterpriseId());
		for (SealedWorker worker : workers) {
			if (!worker.regionCode().equals(first.regionCode()) || !java.util.Objects.equals(worker.enterpriseId(), first.enterpriseId())
					|| !worker.createdBy().equals(first.createdBy())) {
				throw new IllegalArgumentException("One enterprise's workers per statement");
			}
		}
		java.util.Map<String, Long> inserted = new java.util.HashMap<>();
		jdbc.sql("""
				INSERT INTO archive.worker (resident_id_index, resident_id_sealed, resident_id_masked, name, gender,
				                            phone_sealed, phone_masked, region_code, enterprise_id, created_by)
				SELECT t.idx, t.id_sealed, t.id_masked, t.name, t.gender, t.phone_sealed, t.phone_masked, :region, :enterprise, :by
				FROM unnest(:idx, :idSealed, :idMasked, :name, :gender, :phoneSealed, :phoneMasked)
				     WITH ORDINALITY AS t (idx, id_sealed, id_masked, name, gender, phone_sealed, phone_masked, n)
				ORDER BY t.n
				ON CONFLICT (resident_id_index) DO NOTHING
				RETURNING id, resident_id_index""")
			.param("idx", array(workers, SealedWorker::residentIdIndex))
			.param("idSealed", array(workers, SealedWorker::residentIdSealed))
			.param("idMasked", array(workers, SealedWorker::residentIdMasked))
			.param("name", array(workers, SealedWorker::name))
			.param("gender", array(workers, w -> w.gender().name()))
			.param("phoneSealed", array(workers, SealedWorker::phoneSealed))
			.param("phoneMasked", array(workers, SealedWorker::phoneMasked))
			.param("region", first.regionCode())
			.param("enterprise", first.enterpriseId())
			.param("by", first.createdBy())
			.query((rs, n) -> inserted.put(rs.getString(2), rs.getLong(1)))
			.list();
		return inserted;
	}

	/** Which of these blind indexes belong to a worker already, anywhere on the platform. */
	@Unscoped("a person is one person platform-wide; the import only reports the row as registered")
	public java.util.Set<String> registeredIndexes(java.util.Collection<String> residentIdIndexes) {
		if (residentIdIndexes.isEmpty()) {
			return java.util.Set.of();
		}
		// Probed key by key: as "= ANY(...)" the planner, with statistics older than a large import, scanned the table.
		// The keys go as bpchar[], the column's type: compared as text, CHAR(64) cannot use its unique index, and
		// every chunk of an import hashed the whole worker table (360 ms per 1,000 keys at 90,000 workers, 1 ms so).
		return new java.util.HashSet<>(jdbc.sql("SELECT k.i FROM unnest(:i) AS k (i) "
				+ "WHERE EXISTS (SELECT 1 FROM archive.worker w WHERE w.resident_id_index = k.i)")
			.param("i", new org.springframework.jdbc.support.SqlArrayValue("bpchar", residentIdIndexes.toArray()))
			.query(String.class)
			.list());
	}

	private static org.springframework.jdbc.support.SqlArrayValue array(List<SealedWorker> workers,
			java.util.function.Function<SealedWorker, String> column) {
		return new org.springframework.jdbc.support.SqlArrayValue("text", workers.stream().map(column).toArray());
	}

	private static Worker worker(ResultSet rs, int row) throws SQLException {
		long enterprise = rs.getLong("enterprise_id");
		Long enterpriseId = rs.wasNull() ? null : enterprise;
		String state = rs.getString("state");
		int released = rs.getInt("released_number");
		Integer releasedNumber = rs.wasNull() ? null : released;
		java.sql.Date health = rs.getDate("health_valid_until");
		return new Worker(rs.getLong("id"), rs.getString("name"), Gender.valueOf(rs.getString("gender")),
				rs.getString("resident_id_masked"), rs.getString("phone_masked"), rs.getString("region_code"), enterpriseId,
				rs.getTimestamp("created_at").toInstant(), state == null ? null : RevisionState.valueOf(state), releasedNumber,
				health == null ? null : health.toLocalDate());
	}

	/** A worker row as stored: sealed and masked values only. */
	record SealedWorker(String residentIdIndex, String residentIdSealed, String residentIdMasked, String name,
			Gender gender, String phoneSealed, String phoneMasked, String regionCode, Long enterpriseId, String createdBy) {
	}
}
