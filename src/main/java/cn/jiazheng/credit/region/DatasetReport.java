package cn.jiazheng.credit.region;

import java.util.List;

/**
 * What loading a division dataset (区划数据集) did, or why it did nothing. A dataset is applied whole
 * or not at all: with any error, or when it needs a confirmation it did not get, nothing changed.
 *
 * @param regionCount rows in the dataset
 * @param added codes new to the platform
 * @param renamed known codes whose name changed
 * @param retired active codes the dataset no longer lists (kept, marked retired)
 * @param restored retired codes the dataset lists again
 * @param activeBefore active codes before loading, to judge how destructive a dataset is
 */
public record DatasetReport(String label, Status status, int regionCount, int added, int renamed, int retired,
		int restored, int activeBefore, List<RowError> errors) {

	public DatasetReport {
		errors = List.copyOf(errors);
	}

	public enum Status {
		/** The dataset is now the platform's division tree. */
		APPLIED,
		/** The dataset matches what is loaded; nothing to do. */
		UNCHANGED,
		/** The file breaks rules; see {@link DatasetReport#errors()}. Nothing changed. */
		REJECTED,
		/** The dataset would retire more than half of the active codes; load again with the confirmation. */
		NEEDS_CONFIRMATION
	}

	/**
	 * One broken rule. The message takes the line number as argument {0} and {@link #arguments()}
	 * from {1} on; line 0 stands for the file as a whole.
	 */
	public record RowError(int line, String messageKey, List<String> arguments) {

		public RowError {
			arguments = List.copyOf(arguments);
		}

		public static RowError of(int line, String messageKey, Object... arguments) {
			return new RowError(line, messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
		}

		/** Arguments for the message bundle: the line first. */
		public Object[] messageArguments() {
			Object[] all = new Object[arguments.size() + 1];
			all[0] = String.valueOf(line);
			for (int i = 0; i < arguments.size(); i++) {
				all[i + 1] = arguments.get(i);
			}
			return all;
		}
	}

	public boolean applied() {
		return status == Status.APPLIED;
	}
}
