package cn.jiazheng.credit.calendar.internal;

import java.util.Arrays;
import java.util.List;

/** What loading a year's arrangement did, or why it did nothing. */
public record CalendarImportReport(int year, Status status, int holidays, int workdays, boolean replaced,
		List<RowError> errors) {

	public CalendarImportReport {
		errors = List.copyOf(errors);
	}

	public enum Status {
		APPLIED, REJECTED, NEEDS_CONFIRMATION
	}

	/** One broken rule; the message takes the line as {0} and the arguments from {1}; line 0 is the whole file. */
	public record RowError(int line, String messageKey, List<String> arguments) {

		public static RowError of(int line, String messageKey, Object... arguments) {
			return new RowError(line, messageKey, Arrays.stream(arguments).map(String::valueOf).toList());
		}

		public Object[] messageArguments() {
			Object[] all = new Object[arguments.size() + 1];
			all[0] = String.valueOf(line);
			for (int i = 0; i < arguments.size(); i++) {
				all[i + 1] = arguments.get(i);
			}
			return all;
		}
	}

	static CalendarImportReport rejected(int year, List<RowError> errors) {
		return new CalendarImportReport(year, Status.REJECTED, 0, 0, false, errors);
	}
}
