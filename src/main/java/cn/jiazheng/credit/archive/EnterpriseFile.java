package cn.jiazheng.credit.archive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.region.RegionCode;

/**
 * 一企一档: what an enterprise's credit file says, as one revision holds it. The credit code is the
 * file's identity and lives on the file, not here.
 *
 * @param regionCode the county (6 digits) where the enterprise is registered: its regulator reviews it
 * @param serviceCategories codes from the administrator's list of service categories
 */
public record EnterpriseFile(String name, String legalRepresentative, String registeredAddress, String regionCode,
		EnterpriseType type, EmploymentModel employmentModel, List<String> serviceCategories,
		List<String> qualifications, List<Insurance> insurances, String priceList, String serviceCommitments,
		String contactPerson, String contactPhone, List<Branch> branches) {

	public EnterpriseFile {
		// A set in a stable order, so that ticking the same boxes in another order is no change.
		serviceCategories = Objects.requireNonNullElse(serviceCategories, List.<String>of()).stream().distinct().sorted().toList();
		qualifications = List.copyOf(Objects.requireNonNullElse(qualifications, List.of()));
		insurances = List.copyOf(Objects.requireNonNullElse(insurances, List.of()));
		branches = List.copyOf(Objects.requireNonNullElse(branches, List.of()));
	}

	/** A first draft with only what registration knows. */
	public static EnterpriseFile started(String name, RegionCode county) {
		return new EnterpriseFile(name, null, null, county.value(), EnterpriseType.ENTERPRISE,
				EmploymentModel.EMPLOYEE_BASED, List.of(), List.of(), List.of(), null, null, null, null, List.of());
	}

	public RegionCode county() {
		return RegionCode.of(regionCode);
	}

	/** What must hold before a revision may be submitted for review; the first broken rule names its field. */
	public void requireComplete() {
		FieldRules.requireText("name", name, 100);
		FieldRules.requireText("legalRepresentative", legalRepresentative, 50);
		FieldRules.requireText("registeredAddress", registeredAddress, 200);
		if (regionCode == null || !regionCode.matches("\\d{6}") || regionCode.endsWith("00")) {
			throw new InvalidValueException("regionCode", "archive.enterprise.county-required");
		}
		if (type == null) {
			throw new InvalidValueException("type", "archive.field.required");
		}
		if (employmentModel == null) {
			throw new InvalidValueException("employmentModel", "archive.field.required");
		}
		if (serviceCategories.isEmpty()) {
			throw new InvalidValueException("serviceCategories", "archive.enterprise.categories-required");
		}
		FieldRules.requireText("contactPerson", contactPerson, 50);
		if (contactPhone == null || !contactPhone.replaceAll("[\\s-]", "").matches("(\\+?86)?(1[3-9]\\d{9}|0\\d{2,3}\\d{7,8})")) {
			throw new InvalidValueException("contactPhone", "archive.enterprise.phone-invalid", contactPhone);
		}
		for (int i = 0; i < insurances.size(); i++) {
			insurances.get(i).requireComplete("insurances[" + i + "]");
		}
	}

	/** Field by field, what differs from {@code before} (null for a first revision): name to old and new text. */
	public Map<String, List<String>> differencesFrom(EnterpriseFile before) {
		return Differences.between(before == null ? Map.of() : before.fields(), fields());
	}

	private Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("legalRepresentative", legalRepresentative);
		fields.put("registeredAddress", registeredAddress);
		fields.put("regionCode", regionCode);
		fields.put("type", type);
		fields.put("employmentModel", employmentModel);
		fields.put("serviceCategories", serviceCategories);
		fields.put("qualifications", qualifications);
		fields.put("insurances", insurances);
		fields.put("priceList", priceList);
		fields.put("serviceCommitments", serviceCommitments);
		fields.put("contactPerson", contactPerson);
		fields.put("contactPhone", contactPhone);
		fields.put("branches", branches);
		return fields;
	}
}
