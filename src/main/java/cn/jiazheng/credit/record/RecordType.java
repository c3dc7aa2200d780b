package cn.jiazheng.credit.record;

import java.util.Locale;
import java.util.Set;

/**
 * 信用信息类型: one entry of the catalogue, e.g. 行政处罚（一般）. The code is stable: rating models name it.
 *
 * @param subjectKinds whom records of this type may be about (one type may serve enterprises and workers)
 */
public record RecordType(String code, String nameZh, String nameEn, Set<SubjectKind> subjectKinds, Direction direction,
		Severity severity, boolean active) {

	public RecordType {
		subjectKinds = Set.copyOf(subjectKinds);
	}

	public String name(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

	public boolean appliesTo(SubjectKind kind) {
		return subjectKinds.contains(kind);
	}
}
