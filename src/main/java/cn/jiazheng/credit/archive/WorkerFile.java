package cn.jiazheng.credit.archive;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.jiazheng.credit.platform.InvalidValueException;

/**
 * 一人一档: what a worker's credit file says, as one revision holds it, beside the identity kept on
 * the worker (name, 居民身份证号码, phone), which does not change with revisions. The address and the
 * health examination's details are sensitive: revisions holding them are sealed at rest, and
 * {@link #masked()} is what pages show until someone allowed opens the whole file (audited).
 *
 * @param serviceCategories codes from the administrator's list of service categories
 * @param skillLevel null when the worker holds no skill certificate
 */
public record WorkerFile(String nativePlace, String address, List<String> serviceCategories, SkillLevel skillLevel,
		HealthExamination healthExamination, List<TrainingRecord> trainings, List<Insurance> insurances) {

	public WorkerFile {
		serviceCategories = Objects.requireNonNullElse(serviceCategories, List.<String>of()).stream().distinct().sorted().toList();
		trainings = List.copyOf(Objects.requireNonNullElse(trainings, List.of()));
		insurances = List.copyOf(Objects.requireNonNullElse(insurances, List.of()));
	}

	public static WorkerFile empty() {
		return new WorkerFile(null, null, List.of(), null, null, List.of(), List.of());
	}

	/** What must hold before a revision may be submitted for review; the first broken rule names its field. */
	public void requireComplete(LocalDate today) {
		FieldRules.requireText("nativePlace", nativePlace, 50);
		FieldRules.limitText("address", address, 200);
		if (serviceCategories.isEmpty()) {
			throw new InvalidValueException("serviceCategories", "archive.worker.categories-required");
		}
		if (healthExamination == null) {
			throw new InvalidValueException("healthExamination", "archive.health.required");
		}
		healthExamination.requireComplete("healthExamination", today);
		for (int i = 0; i < trainings.size(); i++) {
			trainings.get(i).requireComplete("trainings[" + i + "]", today);
		}
		for (int i = 0; i < insurances.size(); i++) {
			insurances.get(i).requireComplete("insurances[" + i + "]");
		}
	}

	/**
	 * The file as lists and pages show it to anyone: the address reduced to its first characters, the
	 * examination to its dates (whether and until when it is valid is not a health detail).
	 */
	public WorkerFile masked() {
		HealthExamination exam = healthExamination == null ? null
				: new HealthExamination(healthExamination.examinedOn(), null, null, healthExamination.validUntil());
		return new WorkerFile(nativePlace, address == null ? null : Masking.keepEnds(address, Math.min(6, address.length() / 2), 0),
				serviceCategories, skillLevel, exam, trainings, insurances);
	}

	/** The latest day on which one of the worker's policies is valid, or null. */
	public LocalDate insuredUntil() {
		return insurances.stream().map(Insurance::validUntil).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
	}

	/** Field by field, what differs from {@code before} (null for a first revision): name to old and new text. */
	public Map<String, List<String>> differencesFrom(WorkerFile before) {
		return Differences.between(before == null ? Map.of() : before.fields(), fields());
	}

	private Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("nativePlace", nativePlace);
		fields.put("address", address);
		fields.put("serviceCategories", serviceCategories);
		fields.put("skillLevel", skillLevel);
		fields.put("healthExamination", healthExamination);
		fields.put("trainings", trainings);
		fields.put("insurances", insurances);
		return fields;
	}
}
