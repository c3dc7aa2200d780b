package cn.jiazheng.credit.rating.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import cn.jiazheng.credit.record.RecordFact;
import cn.jiazheng.credit.record.RecordFacts;
import cn.jiazheng.credit.record.SubjectKind;
import cn.jiazheng.credit.region.RegionCode;

/**
 * A territory's record facts, in subject order, pulled as the run needs them. {@link RecordFacts#forEach}
 * pushes from one database cursor; a thread of its own feeds it into a small bounded queue, so the run
 * merges it with archive's pages of subjects without holding the territory's records in memory, and a
 * slow run slows the cursor rather than filling the heap.
 */
final class RecordStream implements AutoCloseable {

	private static final int CHUNK = 2_048;

	private static final Object END = new Object();

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);

	private final Thread thread;

	private volatile boolean closed;

	private List<RecordFact> chunk = new ArrayList<>();

	private int index;

	private boolean ended;

	private RecordStream(RecordFacts facts, SubjectKind kind, RegionCode within, LocalDate asOf, long afterId) {
		thread = new Thread(() -> {
			List<RecordFact> buffer = new ArrayList<>(CHUNK);
			try {
				facts.forEach(kind, within, asOf, fact -> {
					if (fact.subjectId() <= afterId) {
						return;
					}
					buffer.add(fact);
					if (buffer.size() == CHUNK) {
						put(List.copyOf(buffer));
						buffer.clear();
					}
				});
				if (!buffer.isEmpty()) {
					put(List.copyOf(buffer));
				}
				put(END);
			}
			catch (Stopped ex) {
				// The run no longer reads: the cursor is closed by the exception.
			}
			catch (RuntimeException | Error ex) {
				try {
					put(ex);
				}
				catch (Stopped ignored) {
				}
			}
		}, "rating-records");
		thread.setDaemon(true);
	}

	static RecordStream open(RecordFacts facts, SubjectKind kind, RegionCode within, LocalDate asOf, long afterId) {
		RecordStream stream = new RecordStream(facts, kind, within, asOf, afterId);
		stream.thread.start();
		return stream;
	}

	/** The facts of {@code subjectId}; facts of lower subject ids not asked for are passed over. */
	List<RecordFact> of(long subjectId) {
		List<RecordFact> found = new ArrayList<>();
		while (true) {
			if (index == chunk.size()) {
				if (ended || !next()) {
					return found;
				}
				continue;
			}
			RecordFact fact = chunk.get(index);
			if (fact.subjectId() > subjectId) {
				return found;
			}
			if (fact.subjectId() == subjectId) {
				found.add(fact);
			}
			index++;
		}
	}

	@SuppressWarnings("unchecked")
	private boolean next() {
		try {
			Object item = queue.take();
			if (item instanceof Throwable t) {
				throw new IllegalStateException("reading record facts failed", t);
			}
			if (item == END) {
				ended = true;
				return false;
			}
			chunk = (List<RecordFact>) item;
			index = 0;
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading record facts", ex);
		}
	}

	private void put(Object item) {
		try {
			while (!queue.offer(item, 200, TimeUnit.MILLISECONDS)) {
				if (closed) {
					throw new Stopped();
				}
			}
		}
		catch (InterruptedException ex) {
			throw new Stopped();
		}
	}

	@Override
	public void close() {
		closed = true;
		queue.clear();
	}

	private static final class Stopped extends RuntimeException {

		Stopped() {
			super(null, null, false, false);
		}
	}
}
