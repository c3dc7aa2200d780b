package cn.jiazheng.credit.record;

import java.time.LocalDate;

/**
 * What the person or system entering a record states: whom it is about, its type, and the decision it
 * rests on (来源单位, 文书号, 决定日期).
 */
public record NewRecord(SubjectKind subjectKind, Long subjectId, String typeCode, String sourceOrganisation,
		String documentNumber, LocalDate decisionDate, String summary) {
}
