package cn.jiazheng.credit.record;

import java.util.List;

/** One page of records, newest first, with the total the filter matches. */
public record RecordPage(List<CreditRecord> items, long total, int page, int size) {
}
