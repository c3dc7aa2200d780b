package cn.jiazheng.credit.record;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.jiazheng.credit.identity.Actor;

/**
 * The catalogue of record types as the platform administrator keeps it: the types to start with,
 * more added without a release. A type is never deleted, since records name it; it is deactivated.
 */
public interface RecordTypes {

	/** Every type, active or not, in display order. */
	List<RecordType> all();

	Optional<RecordType> find(String code);

	/**
	 * Adds a type: code of upper-case letters and underscores, both names, at least one subject kind;
	 * a positive type has severity NONE, a negative one MINOR, GENERAL or SERIOUS.
	 */
	void add(Actor admin, String code, String nameZh, String nameEn, Set<SubjectKind> subjectKinds, Direction direction,
			Severity severity);

	void setActive(Actor admin, String code, boolean active);
}
