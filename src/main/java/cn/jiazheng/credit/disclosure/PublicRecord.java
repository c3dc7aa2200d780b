package cn.jiazheng.credit.disclosure;

import java.time.LocalDate;

/**
 * 公示中的信用记录: the public part of one record: its type, the decision it rests on and when its publicity
 * ends. No summary (it may name people) and no evidence.
 *
 * @param publicityEnd the last day it is shown
 */
public record PublicRecord(String typeCode, String typeName, LocalDate decisionDate, String sourceOrganisation,
		String documentNumber, LocalDate publicityEnd) {
}
