package cn.jiazheng.credit.audit.web;

import java.time.LocalDate;

import cn.jiazheng.credit.audit.AuditOutcome;

import org.springframework.format.annotation.DateTimeFormat;

/** The filter of the audit page, as typed; dates are calendar days in China's time zone, both inclusive. */
public class AuditSearchForm {

	private String actor;

	private String action;

	private AuditOutcome outcome;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	/** Counted from 1, as people count pages. */
	private int page = 1;

	public String getActor() {
		return actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public AuditOutcome getOutcome() {
		return outcome;
	}

	public void setOutcome(AuditOutcome outcome) {
		this.outcome = outcome;
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = page;
	}
}
