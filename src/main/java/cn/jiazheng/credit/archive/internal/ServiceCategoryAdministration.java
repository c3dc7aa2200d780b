package cn.jiazheng.credit.archive.internal;

import java.util.List;

import cn.jiazheng.credit.archive.ServiceCategories;
import cn.jiazheng.credit.archive.ServiceCategory;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ServiceCategoryAdministration implements ServiceCategories {

	private final ServiceCategoryRepository categories;

	private final AuditTrail audit;

	ServiceCategoryAdministration(ServiceCategoryRepository categories, AuditTrail audit) {
		this.categories = categories;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ServiceCategory> all() {
		return categories.all();
	}

	@Override
	public void add(Actor admin, String code, String nameZh, String nameEn) {
		requireAdmin(admin);
		String normalised = code == null ? "" : code.strip().toUpperCase();
		if (!normalised.matches("[A-Z_]{2,40}")) {
			throw new InvalidValueException("code", "archive.category.code-invalid");
		}
		if (categories.exists(normalised)) {
			throw new InvalidValueException("code", "archive.category.code-taken", normalised);
		}
		if (nameZh == null || nameZh.isBlank() || nameZh.length() > 30) {
			throw new InvalidValueException("nameZh", "archive.field.required");
		}
		if (nameEn == null || nameEn.isBlank() || nameEn.length() > 60) {
			throw new InvalidValueException("nameEn", "archive.field.required");
		}
		categories.add(new ServiceCategory(normalised, nameZh.strip(), nameEn.strip(), true));
		audit.record(AuditEvent.success(admin, "SERVICE_CATEGORY_ADD", "service_category", normalised));
	}

	@Override
	public void setActive(Actor admin, String code, boolean active) {
		requireAdmin(admin);
		if (!categories.setActive(code, active)) {
			throw new NotFoundException("archive.category.not-found", code);
		}
		audit.record(AuditEvent.success(admin, active ? "SERVICE_CATEGORY_ACTIVATE" : "SERVICE_CATEGORY_DEACTIVATE",
				"service_category", code));
	}

	private static void requireAdmin(Actor admin) {
		if (admin.role() != Role.PLATFORM_ADMIN) {
			throw new AccessDeniedException("archive.category.denied");
		}
	}
}
