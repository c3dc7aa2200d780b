package cn.jiazheng.credit.audit;

import java.util.List;

/**
 * One page of audit entries, newest first.
 *
 * @param entries the entries on this page
 * @param total how many entries match the filter in all
 * @param page this page's number, counted from 0
 * @param size the page size asked for
 */
public record AuditEntryPage(List<AuditEntryView> entries, long total, int page, int size) {

	public AuditEntryPage {
		entries = List.copyOf(entries);
	}

	public int totalPages() {
		return total == 0 ? 1 : (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}
}
