package cn.jiazheng.credit.rating.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * One streamed statement's rows, one per subject in subject id order, pulled as the run needs them. The
 * statement pushes its rows into a sink from a database cursor; a thread of its own feeds them into a
 * small bounded queue, so a run merges the file facts with the record counts (two modules, two
 * statements) while both statements run at once, without holding a territory in memory, and a slow run
 * slows the cursors rather than filling the heap.
 */
final class SubjectStream<T> implements AutoCloseable {

	private static final int CHUNK = 2_048;

	private static final Object END = new Object();

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);

	private final ToLongFunction<T> idOf;

	private final Thread thread;

	private volatile boolean closed;

	private List<T> chunk = new ArrayList<>();

	private int index;

	private boolean ended;

	private SubjectStream(String name, Consumer<Consumer<T>> source, ToLongFunction<T> idOf) {
		this.idOf = idOf;
		this.thread = new Thread(() -> {
			List<T> buffer = new ArrayList<>(CHUNK);
			try {
				source.accept(row -> {
					buffer.add(row);
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
		}, name);
		thread.setDaemon(true);
	}

	/** Starts {@code source} on a thread of its own; it must push rows in ascending id order. */
	static <T> SubjectStream<T> open(String name, Consumer<Consumer<T>> source, ToLongFunction<T> idOf) {
		SubjectStream<T> stream = new SubjectStream<>(name, source, idOf);
		stream.thread.start();
		return stream;
	}

	/** A stream without rows, for a model that asks nothing of the records. */
	static <T> SubjectStream<T> empty(ToLongFunction<T> idOf) {
		SubjectStream<T> stream = new SubjectStream<>("nothing", sink -> {
		}, idOf);
		stream.ended = true;
		return stream;
	}

	/** The next row, or null at the end. */
	T next() {
		if (index == chunk.size() && (ended || !fill())) {
			return null;
		}
		return chunk.get(index++);
	}

	/** The row of {@code subjectId}, or null when it has none; rows of lower ids not asked for are passed over. */
	T find(long subjectId) {
		while (true) {
			if (index == chunk.size()) {
				if (ended || !fill()) {
					return null;
				}
				continue;
			}
			T row = chunk.get(index);
			long id = idOf.applyAsLong(row);
			if (id > subjectId) {
				return null;
			}
			index++;
			if (id == subjectId) {
				return row;
			}
		}
	}

	@SuppressWarnings("unchecked")
	private boolean fill() {
		try {
			Object item = queue.take();
			if (item instanceof Throwable t) {
				throw new IllegalStateException("reading " + thread.getName() + " failed", t);
			}
			if (item == END) {
				ended = true;
				return false;
			}
			chunk = (List<T>) item;
			index = 0;
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading " + thread.getName(), ex);
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
