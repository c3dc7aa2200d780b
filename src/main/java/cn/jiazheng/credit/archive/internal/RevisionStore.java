package cn.jiazheng.credit.archive.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.archive.ReviewItem;
import cn.jiazheng.credit.archive.Revision;
import cn.jiazheng.credit.archive.RevisionState;
import cn.jiazheng.credit.identity.Scope;
import cn.jiazheng.credit.platform.Unscoped;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * archive.revision, for both kinds of file, and the few columns of the subject's own row
 * (archive.enterprise or archive.worker) that say where its file stands. Content arrives and leaves
 * as text: JSON for enterprises, an SM4-GCM envelope for workers; which column holds it follows the kind.
 */
@Repository
class RevisionStore {

	private static final String COLUMNS = "r.kind, r.subject_id, r.number, r.state, r.region_code, "
			+ "COALESCE(r.content::text, r.content_sealed) AS content, r.created_by, r.created_at, r.submitted_by, "
			+ "r.submitted_at, r.decided_by, r.decided_at, r.return_reason, r.publicity_ends, r.released_at";

	private final JdbcClient jdbc;

	RevisionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Newest first. */
	@Unscoped("the subject was found within scope by the caller")
	public List<Revision<String>> all(FileKind kind, long subjectId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM archive.revision r WHERE r.kind = :kind AND r.subject_id = :id ORDER BY r.number DESC")
			.param("kind", kind.name())
			.param("id", subjectId)
			.query(RevisionStore::revision)
			.list();
	}

	@Unscoped("the subject was found within scope by the caller")
	public Optional<Revision<String>> latest(FileKind kind, long subjectId) {
		return all(kind, subjectId).stream().findFirst();
	}

	/** Opens revision n+1 (1 for a first draft) as a draft, and marks the subject's file as drafted. */
	@Unscoped("the subject was found within scope by the caller")
	public int open(FileKind kind, long subjectId, String regionCode, String content, String by) {
		int number = jdbc.sql("UPDATE " + table(kind) + " SET latest_number = latest_number + 1, state = 'DRAFT', updated_at = now() "
				+ "WHERE id = :id RETURNING latest_number")
			.param("id", subjectId)
			.query(Integer.class)
			.single();
		insert(kind, subjectId, number, regionCode, content, by);
		return number;
	}

	/** Inserts revision {@code number}; the subject's row must already count it (registration does). */
	@Unscoped("the subject has just been registered within scope by the caller")
	public void insert(FileKind kind, long subjectId, int number, String regionCode, String content, String by) {
		jdbc.sql("INSERT INTO archive.revision (kind, subject_id, number, state, region_code, " + contentColumn(kind) + ", created_by) "
				+ "VALUES (:kind, :id, :n, 'DRAFT', :region, " + contentValue(kind) + ", :by)")
			.param("kind", kind.name())
			.param("id", subjectId)
			.param("n", number)
			.param("region", regionCode)
			.param("content", content)
			.param("by", by)
			.update();
	}

	/** The guard on state makes the trigger's freeze a second line, not the first. */
	@Unscoped("the subject was found within scope by the caller; the content is its own draft")
	public void updateDraft(FileKind kind, long subjectId, int number, String regionCode, String content) {
		int changed = jdbc.sql("UPDATE archive.revision SET " + contentColumn(kind) + " = " + contentValue(kind) + ", region_code = :region"
				+ " WHERE kind = :kind AND subject_id = :id AND number = :n AND state IN ('DRAFT','RETURNED')")
			.param("content", content)
			.param("region", regionCode)
			.param("kind", kind.name())
			.param("id", subjectId)
			.param("n", number)
			.update();
		if (changed != 1) {
			throw new IllegalStateException("draft vanished");
		}
		touch(kind, subjectId, null);
	}

	/**
	 * Moves a revision from one state to the next only if it is still in the expected state, so that
	 * of two reviewers acting at once exactly one succeeds.
	 */
	@Unscoped("the revision was found within scope by the caller; the state guard decides")
	public boolean transition(FileKind kind, long subjectId, int number, RevisionState from, RevisionState to, String by,
			String reason, LocalDate publicityEnds) {
		String stamp = switch (to) {
			case SUBMITTED -> ", submitted_by = :by, submitted_at = now(), return_reason = NULL";
			case RETURNED, PUBLICITY -> ", decided_by = :by, decided_at = now(), return_reason = :reason, publicity_ends = :ends";
			case RELEASED -> ", decided_by = COALESCE(decided_by, :by), decided_at = COALESCE(decided_at, now()), released_at = now()";
			default -> "";
		};
		int changed = jdbc.sql("UPDATE archive.revision SET state = :to" + stamp
				+ " WHERE kind = :kind AND subject_id = :id AND number = :n AND state = :from")
			.param("to", to.name())
			.param("by", by)
			.param("reason", reason)
			.param("ends", publicityEnds)
			.param("kind", kind.name())
			.param("id", subjectId)
			.param("n", number)
			.param("from", from.name())
			.update();
		if (changed == 1) {
			touch(kind, subjectId, to);
		}
		return changed == 1;
	}

	/** Supersedes the revision released so far: this one is now what the file says. */
	@Unscoped("the revision has just been approved within scope")
	public void markReleased(FileKind kind, long subjectId, int number) {
		jdbc.sql("UPDATE archive.revision SET state = 'SUPERSEDED' WHERE kind = :kind AND subject_id = :id AND state = 'RELEASED' AND number <> :n")
			.param("kind", kind.name())
			.param("id", subjectId)
			.param("n", number)
			.update();
		jdbc.sql("UPDATE " + table(kind) + " SET released_number = :n, updated_at = now() WHERE id = :id")
			.param("n", number)
			.param("id", subjectId)
			.update();
	}

	/** Submitted revisions of either kind whose county lies within the reviewer's scope, oldest first. */
	public List<ReviewItem> queue(Scope scope, FileKind kind, RegionCode within, int limit) {
		Scope.SqlCondition in = scope.condition("r.region_code", null);
		return lines(in, "r.state = 'SUBMITTED'" + (kind == null ? "" : " AND r.kind = :kind")
				+ (within == null ? "" : " AND r.region_code LIKE :within"), "r.submitted_at, r.kind, r.subject_id", limit,
				Map.of("kind", kind == null ? "" : kind.name(), "within", within == null ? "" : within.value() + "%"));
	}

	/**
	 * What an enterprise has in the workflow: every revision of its own file and of the files it keeps
	 * that is not yet released, and those released or returned recently, newest activity first.
	 */
	public List<ReviewItem> submissions(Scope scope, int limit) {
		Scope.SqlCondition in = scope.condition("r.region_code", "COALESCE(e.id, w.enterprise_id)");
		return lines(in, "r.state <> 'SUPERSEDED'", "COALESCE(r.decided_at, r.submitted_at, r.created_at) DESC, r.kind, r.subject_id",
				limit, Map.of());
	}

	private List<ReviewItem> lines(Scope.SqlCondition in, String where, String order, int limit, Map<String, Object> parameters) {
		return jdbc.sql("""
				SELECT r.kind, r.subject_id, r.number, r.region_code, COALESCE(e.name, w.name) AS title, r.state, r.submitted_by,
				       r.submitted_at, r.decided_at, r.return_reason
				  FROM archive.revision r
				  LEFT JOIN archive.enterprise e ON r.kind = 'ENTERPRISE' AND e.id = r.subject_id
				  LEFT JOIN archive.worker w ON r.kind = 'WORKER' AND w.id = r.subject_id
				 WHERE""" + " " + where + " AND " + in.sql() + " ORDER BY " + order + " LIMIT :limit")
			.params(in.parameters())
			.params(parameters)
			.param("limit", limit)
			.query((rs, row) -> new ReviewItem(FileKind.valueOf(rs.getString("kind")), rs.getLong("subject_id"),
					rs.getInt("number"), rs.getString("region_code"), rs.getString("title"), RevisionState.valueOf(rs.getString("state")),
					rs.getString("submitted_by"), instant(rs.getTimestamp("submitted_at")), instant(rs.getTimestamp("decided_at")),
					rs.getString("return_reason")))
			.list();
	}

	/** How many revisions wait for a decision within the scope, per kind. */
	public Map<FileKind, Long> queueCounts(Scope scope) {
		Scope.SqlCondition in = scope.condition("r.region_code", null);
		Map<FileKind, Long> counts = new EnumMap<>(FileKind.class);
		jdbc.sql("SELECT r.kind, count(*) AS n FROM archive.revision r WHERE r.state = 'SUBMITTED' AND " + in.sql() + " GROUP BY r.kind")
			.params(in.parameters())
			.query((rs, row) -> counts.put(FileKind.valueOf(rs.getString("kind")), rs.getLong("n")))
			.list();
		return counts;
	}

	/** Approved revisions of one kind whose publicity period ended before {@code today}. */
	@Unscoped("a platform job: releases whatever publicity has ended, everywhere")
	public List<Revision<String>> publicityEndedBefore(FileKind kind, LocalDate today) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM archive.revision r WHERE r.kind = :kind AND r.state = 'PUBLICITY' AND r.publicity_ends < :today")
			.param("kind", kind.name())
			.param("today", today)
			.query(RevisionStore::revision)
			.list();
	}

	private void touch(FileKind kind, long subjectId, RevisionState state) {
		jdbc.sql("UPDATE " + table(kind) + " SET updated_at = now()" + (state == null ? "" : ", state = :state") + " WHERE id = :id")
			.param("state", state == null ? null : state.name())
			.param("id", subjectId)
			.update();
	}

	private static String table(FileKind kind) {
		return switch (kind) {
			case ENTERPRISE -> "archive.enterprise";
			case WORKER -> "archive.worker";
		};
	}

	private static String contentColumn(FileKind kind) {
		return kind == FileKind.WORKER ? "content_sealed" : "content";
	}

	private static String contentValue(FileKind kind) {
		return kind == FileKind.WORKER ? ":content" : "CAST(:content AS jsonb)";
	}

	private static Revision<String> revision(ResultSet rs, int row) throws SQLException {
		java.sql.Date ends = rs.getDate("publicity_ends");
		return new Revision<>(FileKind.valueOf(rs.getString("kind")), rs.getLong("subject_id"), rs.getInt("number"),
				RevisionState.valueOf(rs.getString("state")), rs.getString("region_code"), rs.getString("content"),
				rs.getString("created_by"), instant(rs.getTimestamp("created_at")), rs.getString("submitted_by"),
				instant(rs.getTimestamp("submitted_at")), rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")),
				rs.getString("return_reason"), ends == null ? null : ends.toLocalDate(), instant(rs.getTimestamp("released_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
