package cn.jiazheng.credit.objection;

import java.util.List;

/** One page of objections, earliest answer deadline first, with the total the filter matches. */
public record ObjectionPage(List<Objection> items, long total, int page, int size) {
}
