package cn.jiazheng.credit.record.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.record.Direction;
import cn.jiazheng.credit.record.RecordType;
import cn.jiazheng.credit.record.RecordTypes;
import cn.jiazheng.credit.record.Severity;
import cn.jiazheng.credit.record.SubjectKind;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class RecordTypeAdministration implements RecordTypes {

	private final RecordTypeRepository types;

	private final AuditTrail audit;

	RecordTypeAdministration(RecordTypeRepository types, AuditTrail audit) {
		this.types = types;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordType> all() {
		return types.all();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RecordType> find(String code) {
		return code == null ? Optional.empty() : types.find(code);
	}

	@Override
	public void add(Actor admin, String code, String nameZh, String nameEn, Set<SubjectKind> subjectKinds,
			Direction direction, Severity severity) {
		if (admin.role() != Role.PLATFORM_ADMIN) {
			throw new AccessDeniedException("record.type.denied");
		}
		String normalised = code == null ? "" : code.strip().toUpperCase();
		if (!normalised.matches("[A-Z_]{2,60}")) {
			throw new InvalidValueException("code", "record.type.code-invalid");
		}
		if (types.find(normalised).isPresent()) {
			throw new InvalidValueException("code", "record.type.code-taken", normalised);
		}
		if (nameZh == null || nameZh.isBlank() || nameZh.length() > 40) {
			throw new InvalidValueException("nameZh", "record.field.required-max", 40);
		}
		if (nameEn == null || nameEn.isBlank() || nameEn.length() > 80) {
			throw new InvalidValueException("nameEn", "record.field.required-max", 80);
		}
		if (subjectKinds == null || subjectKinds.isEmpty()) {
			throw new InvalidValueException("subjectKinds", "record.type.kinds-required");
		}
		if (direction == null) {
			throw new InvalidValueException("direction", "record.field.required");
		}
		if (severity == null || (direction == Direction.POSITIVE) != (severity == Severity.NONE)) {
			throw new InvalidValueException("severity", "record.type.severity-rule");
		}
		types.add(new RecordType(normalised, nameZh.strip(), nameEn.strip(), subjectKinds, direction, severity, true));
		audit.record(AuditEvent.success(admin, "RECORD_TYPE_ADD", "record_type", normalised));
	}

	@Override
	public void setActive(Actor admin, String code, boolean active) {
		if (admin.role() != Role.PLATFORM_ADMIN) {
			throw new AccessDeniedException("record.type.denied");
		}
		if (!types.setActive(code, active)) {
			throw new NotFoundException("record.type.not-found", code);
		}
		audit.record(AuditEvent.success(admin, active ? "RECORD_TYPE_ACTIVATE" : "RECORD_TYPE_DEACTIVATE", "record_type", code));
	}
}
