package cn.jiazheng.credit.region.internal;

import cn.jiazheng.credit.platform.Unscoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.region.DatasetReport;
import cn.jiazheng.credit.region.DatasetReport.RowError;
import cn.jiazheng.credit.region.DatasetReport.Status;
import cn.jiazheng.credit.region.Region;
import cn.jiazheng.credit.region.RegionCode;
import cn.jiazheng.credit.region.RegionDirectory;
import cn.jiazheng.credit.region.RegionLevel;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The directory on the {@code region} schema; reads go straight to the database, so every instance agrees. */
@Unscoped("the division tree is reference data, the same for everyone")
@Service
class JdbcRegionDirectory implements RegionDirectory {

	private static final String COLUMNS = "code, name, level, parent_code, retired";

	private static final Pattern DIGITS = Pattern.compile("\\d{1,6}");

	private static final int MAX_LABEL = 100;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final ObjectProvider<AuditTrail> audit;

	private final TransactionTemplate transaction;

	JdbcRegionDirectory(JdbcClient jdbc, MessageSource messages, ObjectProvider<AuditTrail> audit,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.messages = messages;
		this.audit = audit;
	}

	@Override
	public Optional<Region> find(RegionCode code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM region.region WHERE code = ?")
			.param(code.value())
			.query(JdbcRegionDirectory::region)
			.optional();
	}

	@Override
	public Region require(RegionCode code) {
		return find(code).orElseThrow(() -> new NotFoundException("region.not-found", code.value()));
	}

	@Override
	public boolean exists(RegionCode code) {
		return find(code).isPresent();
	}

	@Override
	public boolean isActive(RegionCode code) {
		return find(code).filter(region -> !region.retired()).isPresent();
	}

	@Override
	public String namePath(RegionCode code) {
		String path = namePaths(List.of(code)).get(code);
		if (path == null) {
			throw new NotFoundException("region.not-found", code.value());
		}
		return path;
	}

	@Override
	public Map<RegionCode, String> namePaths(Collection<RegionCode> codes) {
		Set<String> wanted = new HashSet<>();
		for (RegionCode code : codes) {
			for (RegionCode c = code; c != null; c = c.parent().orElse(null)) {
				wanted.add(c.value());
			}
		}
		Map<RegionCode, Region> known = new HashMap<>();
		if (!wanted.isEmpty()) {
			jdbc.sql("SELECT " + COLUMNS + " FROM region.region WHERE code = ANY(:codes)")
				.param("codes", wanted.toArray(String[]::new))
				.query(JdbcRegionDirectory::region)
				.list()
				.forEach(region -> known.put(region.code(), region));
		}
		Locale locale = LocaleContextHolder.getLocale();
		Map<RegionCode, String> paths = new HashMap<>();
		for (RegionCode code : codes) {
			if (known.containsKey(code)) {
				paths.put(code, namePath(code, known, locale));
			}
		}
		return paths;
	}

	/** Province first; placeholders above the region and levels missing from the directory are left out. */
	private String namePath(RegionCode code, Map<RegionCode, Region> known, Locale locale) {
		Deque<String> names = new ArrayDeque<>();
		for (RegionCode c = code; c != null; c = c.parent().orElse(null)) {
			Region region = known.get(c);
			if (region == null || (region.placeholder() && !c.equals(code))) {
				continue;
			}
			names.addFirst(region.retired()
					? messages.getMessage("region.retired-name", new Object[] { region.name() }, locale) : region.name());
		}
		return String.join(" / ", names);
	}

	@Override
	public List<Region> provinces() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM region.region WHERE parent_code IS NULL ORDER BY code")
			.query(JdbcRegionDirectory::region)
			.list();
	}

	@Override
	public List<Region> children(RegionCode parent) {
		if (parent == null) {
			return provinces();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM region.region WHERE parent_code = ? ORDER BY code")
			.param(parent.value())
			.query(JdbcRegionDirectory::region)
			.list();
	}

	@Override
	public List<Region> search(String nameOrCodePrefix, int limit) {
		String query = nameOrCodePrefix == null ? "" : nameOrCodePrefix.strip();
		if (query.isEmpty()) {
			return List.of();
		}
		int max = Math.max(1, Math.min(limit, 100));
		if (DIGITS.matcher(query).matches()) {
			String prefix = query;
			if (query.length() == 6 && !query.startsWith("00")) {
				prefix = RegionCode.of(query).value();
			}
			return jdbc
				.sql("SELECT " + COLUMNS + " FROM region.region WHERE code LIKE ? "
						+ "ORDER BY retired, length(code), code LIMIT ?")
				.params(prefix + "%", max)
				.query(JdbcRegionDirectory::region)
				.list();
		}
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM region.region WHERE strpos(name, ?) > 0 "
					+ "ORDER BY retired, length(code), code LIMIT ?")
			.params(query, max)
			.query(JdbcRegionDirectory::region)
			.list();
	}

	@Override
	public DatasetReport load(String label, InputStream csv, boolean confirmDestructive, AuditActor actor) {
		byte[] bytes;
		try {
			bytes = csv.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String cleanLabel = label == null ? "" : label.strip();
		if (cleanLabel.isEmpty() || cleanLabel.length() > MAX_LABEL) {
			return rejected(cleanLabel, List.of(RowError.of(0, "region.upload.label-invalid", MAX_LABEL)));
		}
		RegionCsv.Parsed parsed = RegionCsv.parse(bytes);
		if (!parsed.valid()) {
			return rejected(cleanLabel, parsed.errors());
		}
		// Programmatic, so that the default load(label, csv) calling this one is transactional too.
		return transaction.execute(status -> apply(cleanLabel, parsed, confirmDestructive, actor));
	}

	/**
	 * Loads the dataset shipped with the release unless a dataset with the same content was loaded
	 * before, so that a restart neither repeats the work nor undoes a newer dataset an administrator loaded.
	 */
	public DatasetReport loadShipped(String label, byte[] bytes) {
		RegionCsv.Parsed parsed = RegionCsv.parse(bytes);
		if (!parsed.valid()) {
			throw new IllegalStateException("The shipped region dataset is invalid: " + parsed.errors());
		}
		return transaction.execute(status -> loadShippedInTransaction(label, parsed));
	}

	private DatasetReport loadShippedInTransaction(String label, RegionCsv.Parsed parsed) {
		lock();
		boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM region.dataset WHERE fingerprint = ?)")
			.param(parsed.fingerprint())
			.query(Boolean.class)
			.single();
		if (known) {
			return new DatasetReport(label, Status.UNCHANGED, parsed.rows().size(), 0, 0, 0, 0, 0, List.of());
		}
		return apply(label, parsed, true, AuditActor.SYSTEM);
	}

	private DatasetReport apply(String label, RegionCsv.Parsed parsed, boolean confirmDestructive, AuditActor actor) {
		lock();
		List<RegionCsv.Row> rows = parsed.rows();
		jdbc.sql("CREATE TEMP TABLE region_incoming (code VARCHAR(6) PRIMARY KEY, name TEXT NOT NULL) ON COMMIT DROP")
			.update();
		jdbc.sql("INSERT INTO region_incoming SELECT * FROM unnest(?::varchar[], ?::text[])")
			.params(rows.stream().map(RegionCsv.Row::code).toArray(String[]::new),
					rows.stream().map(RegionCsv.Row::name).toArray(String[]::new))
			.update();
		DatasetReport report = jdbc.sql("""
				SELECT (SELECT count(*) FROM region.region WHERE NOT retired) AS active,
				       (SELECT count(*) FROM region_incoming i
				         WHERE NOT EXISTS (SELECT 1 FROM region.region r WHERE r.code = i.code)) AS added,
				       (SELECT count(*) FROM region_incoming i JOIN region.region r USING (code)
				         WHERE r.name <> i.name) AS renamed,
				       (SELECT count(*) FROM region_incoming i JOIN region.region r USING (code)
				         WHERE r.retired) AS restored,
				       (SELECT count(*) FROM region.region r
				         WHERE NOT r.retired AND NOT EXISTS (SELECT 1 FROM region_incoming i WHERE i.code = r.code))
				         AS retiring
				""")
			.query((rs, n) -> new DatasetReport(label, Status.APPLIED, rows.size(), rs.getInt("added"),
					rs.getInt("renamed"), rs.getInt("retiring"), rs.getInt("restored"), rs.getInt("active"), List.of()))
			.single();
		if (report.added() + report.renamed() + report.retired() + report.restored() == 0) {
			jdbc.sql("DROP TABLE region_incoming").update();
			return withStatus(report, Status.UNCHANGED);
		}
		if (!confirmDestructive && report.activeBefore() > 0 && report.retired() * 2 > report.activeBefore()) {
			jdbc.sql("DROP TABLE region_incoming").update();
			return withStatus(report, Status.NEEDS_CONFIRMATION);
		}
		Instant now = Instant.now();
		jdbc.sql("""
				INSERT INTO region.region (code, name, parent_code, level)
				SELECT code, name,
				       CASE length(code) WHEN 2 THEN NULL ELSE left(code, length(code) - 2) END,
				       CASE length(code) WHEN 2 THEN 'PROVINCE' WHEN 4 THEN 'CITY' ELSE 'COUNTY' END
				  FROM region_incoming
				ON CONFLICT (code) DO UPDATE
				   SET name = EXCLUDED.name, retired = FALSE, retired_at = NULL, retired_in = NULL
				 WHERE region.region.name <> EXCLUDED.name OR region.region.retired
				""").update();
		jdbc.sql("""
				UPDATE region.region r SET retired = TRUE, retired_at = ?, retired_in = ?
				 WHERE NOT r.retired AND NOT EXISTS (SELECT 1 FROM region_incoming i WHERE i.code = r.code)
				""").params(java.sql.Timestamp.from(now), label).update();
		jdbc.sql("DROP TABLE region_incoming").update();
		jdbc.sql("""
				INSERT INTO region.dataset
				    (label, fingerprint, region_count, added, renamed, retired, restored, loaded_at, loaded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(label, parsed.fingerprint(), rows.size(), report.added(), report.renamed(), report.retired(),
					report.restored(), java.sql.Timestamp.from(now), actor.auditName())
			.update();
		audit.ifAvailable(trail -> trail.record(AuditEvent.success(actor, "region.dataset.load", "region.dataset", label)
			.with("fingerprint", parsed.fingerprint())
			.with("regions", rows.size())
			.with("added", report.added())
			.with("renamed", report.renamed())
			.with("retired", report.retired())
			.with("restored", report.restored())));
		return report;
	}

	/** One loader at a time across all instances; the second sees the first one's result. */
	private void lock() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('region.dataset'))").query().singleValue();
	}

	private static DatasetReport rejected(String label, List<RowError> errors) {
		return new DatasetReport(label, Status.REJECTED, 0, 0, 0, 0, 0, 0, errors);
	}

	private static DatasetReport withStatus(DatasetReport r, Status status) {
		return new DatasetReport(r.label(), status, r.regionCount(), r.added(), r.renamed(), r.retired(),
				r.restored(), r.activeBefore(), r.errors());
	}

	static Region region(ResultSet rs, int row) throws SQLException {
		String parent = rs.getString("parent_code");
		return new Region(RegionCode.of(rs.getString("code")), rs.getString("name"),
				RegionLevel.valueOf(rs.getString("level")), parent == null ? null : RegionCode.of(parent),
				rs.getBoolean("retired"));
	}
}
