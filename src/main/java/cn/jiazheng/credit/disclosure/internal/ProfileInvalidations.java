package cn.jiazheng.credit.disclosure.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import cn.jiazheng.credit.archive.EnterpriseFileReleased;
import cn.jiazheng.credit.platform.Unscoped;
import cn.jiazheng.credit.rating.FinalGradesChanged;
import cn.jiazheng.credit.record.CreditRecordChanged;
import cn.jiazheng.credit.record.SubjectKind;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every instance's {@link ProfileCache} what changed, through PostgreSQL's LISTEN/NOTIFY: the
 * notification is sent inside the transaction that made the change, so it is delivered when, and only
 * if, that transaction commits, to every instance on the database at once. The instance that made the
 * change also drops its own copies right after the commit, so its next answer is already new.
 * <p>
 * The listeners here are synchronous on purpose, not {@code @ApplicationModuleListener}: a listener run
 * after the commit would leave a moment in which the old profile is served, and kept, after the change.
 * While the listening connection is down (a database restart), the cache serves nothing.
 */
@Component
@Unscoped("it says which enterprises changed, to every instance; it reads and shows no one's data")
class ProfileInvalidations implements SmartLifecycle {

	static final String CHANNEL = "disclosure_profile";

	/** Above this many enterprises in one transaction (an import of records), everything is dropped instead. */
	private static final int MAX_NAMED = 100;

	private static final String ALL = "*";

	private static final Logger log = LoggerFactory.getLogger(ProfileInvalidations.class);

	private final ProfileCache cache;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private volatile Thread listener;

	private volatile boolean running;

	ProfileInvalidations(ProfileCache cache, DataSource dataSource, JdbcClient jdbc) {
		this.cache = cache;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CreditRecordChanged change) {
		if (change.subjectKind() == SubjectKind.ENTERPRISE) {
			changed(Long.toString(change.subjectId()));
		}
	}

	@EventListener
	void on(EnterpriseFileReleased released) {
		changed(Long.toString(released.enterpriseId()));
	}

	@EventListener
	void on(FinalGradesChanged changed) {
		changed(ALL);
	}

	/** Gathers a transaction's changes, to send one notification when it is about to commit. */
	private void changed(String what) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			announce(what);
			apply(what);
			return;
		}
		Changes changes = (Changes) TransactionSynchronizationManager.getResource(this);
		if (changes == null) {
			changes = new Changes();
			TransactionSynchronizationManager.bindResource(this, changes);
			TransactionSynchronizationManager.registerSynchronization(changes);
		}
		changes.add(what);
	}

	private final class Changes implements TransactionSynchronization {

		private final Set<String> ids = new LinkedHashSet<>();

		void add(String what) {
			if (!ids.contains(ALL)) {
				if (ALL.equals(what) || ids.size() >= MAX_NAMED) {
					ids.clear();
					ids.add(ALL);
				}
				else {
					ids.add(what);
				}
			}
		}

		private String payload() {
			return String.join(",", ids);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			announce(payload());
		}

		@Override
		public void afterCommit() {
			apply(payload());
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(ProfileInvalidations.this);
		}
	}

	private void announce(String payload) {
		jdbc.sql("SELECT pg_notify(:channel, :payload)").param("channel", CHANNEL).param("payload", payload).query().singleRow();
	}

	void apply(String payload) {
		if (payload.contains(ALL)) {
			cache.dropAll();
			return;
		}
		for (String id : payload.split(",")) {
			if (id.isBlank()) {
				continue;
			}
			try {
				cache.drop(Long.parseLong(id.strip()));
			}
			catch (NumberFormatException ex) {
				// Not ours to understand: drop everything rather than keep what may have changed.
				cache.dropAll();
				return;
			}
		}
	}

	/** Listens on one connection of its own; on any failure the cache closes, and it tries again each second. */
	private void listen() {
		while (running) {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				PGConnection pg = connection.unwrap(PGConnection.class);
				cache.open();
				try {
					while (running) {
						PGNotification[] notifications = pg.getNotifications(500);
						// pgjdbc answers an empty array, not null, when the wait ended without any.
						if (notifications != null && notifications.length > 0) {
							apply(Arrays.stream(notifications).map(PGNotification::getParameter).collect(Collectors.joining(",")));
						}
					}
				}
				finally {
					cache.close();
					unlisten(connection);
				}
			}
			catch (SQLException | RuntimeException ex) {
				cache.close();
				log.warn("Public profiles are not cached while changes cannot be heard of: {}", ex.getMessage());
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException interrupted) {
					return;
				}
			}
		}
	}

	/** The connection goes back to the pool: it must not keep collecting notifications there. */
	private static void unlisten(Connection connection) {
		try (Statement statement = connection.createStatement()) {
			statement.execute("UNLISTEN *");
		}
		catch (SQLException ex) {
			// A broken connection listens to nothing any more.
		}
	}

	@Override
	public void start() {
		running = true;
		Thread thread = new Thread(this::listen, "public-profile-changes");
		thread.setDaemon(true);
		listener = thread;
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		Thread thread = listener;
		listener = null;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(2000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return listener != null;
	}
}
