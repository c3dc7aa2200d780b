package cn.jiazheng.credit.archive.web;

import static cn.jiazheng.credit.archive.web.FormValues.blankToNull;
import static cn.jiazheng.credit.archive.web.FormValues.date;
import static cn.jiazheng.credit.archive.web.FormValues.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.jiazheng.credit.archive.HealthExamination;
import cn.jiazheng.credit.archive.HealthResult;
import cn.jiazheng.credit.archive.Insurance;
import cn.jiazheng.credit.archive.SkillLevel;
import cn.jiazheng.credit.archive.TrainingRecord;
import cn.jiazheng.credit.archive.WorkerFile;
import cn.jiazheng.credit.platform.InvalidValueException;

/**
 * 一人一档 as the page's form carries it: at least three training rows and two insurance rows (more
 * when the file already holds more, so that nothing from the API is lost), blank rows ignored. What
 * cannot be read names its field, with the row.
 */
public class WorkerFileForm {

	static final int TRAINING_ROWS = 3;

	static final int INSURANCE_ROWS = 2;

	private String nativePlace = "";

	private String address = "";

	private List<String> serviceCategories = new ArrayList<>();

	private String skillLevel = "";

	private String healthExaminedOn = "";

	private String healthInstitution = "";

	private String healthResult = "";

	private String healthValidUntil = "";

	private List<TrainingRow> trainings = new ArrayList<>();

	private List<InsuranceRow> insurances = new ArrayList<>();

	/** A blank form, with its empty rows. */
	static WorkerFileForm empty() {
		return of(WorkerFile.empty());
	}

	static WorkerFileForm of(WorkerFile file) {
		WorkerFileForm form = new WorkerFileForm();
		form.nativePlace = text(file.nativePlace());
		form.address = text(file.address());
		form.serviceCategories = new ArrayList<>(file.serviceCategories());
		form.skillLevel = file.skillLevel() == null ? "" : file.skillLevel().name();
		HealthExamination exam = file.healthExamination();
		if (exam != null) {
			form.healthExaminedOn = text(exam.examinedOn());
			form.healthInstitution = text(exam.institution());
			form.healthResult = exam.result() == null ? "" : exam.result().name();
			form.healthValidUntil = text(exam.validUntil());
		}
		for (TrainingRecord training : file.trainings()) {
			TrainingRow row = new TrainingRow();
			row.course = text(training.course());
			row.hours = training.hours() == null ? "" : training.hours().toString();
			row.institution = text(training.institution());
			row.completedOn = text(training.completedOn());
			row.certificateNumber = text(training.certificateNumber());
			form.trainings.add(row);
		}
		for (Insurance insurance : file.insurances()) {
			InsuranceRow row = new InsuranceRow();
			row.type = text(insurance.type());
			row.insurer = text(insurance.insurer());
			row.policyNumber = text(insurance.policyNumber());
			row.validFrom = text(insurance.validFrom());
			row.validUntil = text(insurance.validUntil());
			form.insurances.add(row);
		}
		return form.padded();
	}

	/** Adds blank rows up to the form's minimum, so that the page always offers room for more. */
	WorkerFileForm padded() {
		while (trainings.size() < TRAINING_ROWS) {
			trainings.add(new TrainingRow());
		}
		while (insurances.size() < INSURANCE_ROWS) {
			insurances.add(new InsuranceRow());
		}
		return this;
	}

	/** The file this form describes; blank rows and a blank examination are left out. */
	WorkerFile toFile() {
		HealthExamination exam = null;
		if (!(healthExaminedOn + healthInstitution + healthResult + healthValidUntil).isBlank()) {
			exam = new HealthExamination(date("healthExamination.examinedOn", healthExaminedOn), blankToNull(healthInstitution),
					parse(HealthResult.class, "healthExamination.result", healthResult),
					date("healthExamination.validUntil", healthValidUntil));
		}
		List<TrainingRecord> records = new ArrayList<>();
		for (int i = 0; i < trainings.size(); i++) {
			TrainingRow row = trainings.get(i);
			if (row == null || row.blank()) {
				continue;
			}
			String field = "trainings[" + i + "]";
			records.add(new TrainingRecord(blankToNull(row.course), hours(field + ".hours", row.hours),
					blankToNull(row.institution), date(field + ".completedOn", row.completedOn), blankToNull(row.certificateNumber)));
		}
		List<Insurance> policies = new ArrayList<>();
		for (int i = 0; i < insurances.size(); i++) {
			InsuranceRow row = insurances.get(i);
			if (row == null || row.blank()) {
				continue;
			}
			String field = "insurances[" + i + "]";
			policies.add(new Insurance(blankToNull(row.type), blankToNull(row.insurer), blankToNull(row.policyNumber),
					date(field + ".validFrom", row.validFrom), date(field + ".validUntil", row.validUntil)));
		}
		return new WorkerFile(blankToNull(nativePlace), blankToNull(address),
				serviceCategories == null ? List.of() : serviceCategories,
				parse(SkillLevel.class, "skillLevel", skillLevel), exam, records, policies);
	}

	/** Blank is "none"; anything else must be one of the values. */
	private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException(field, "archive.field.choice-invalid", value);
		}
	}

	private static Integer hours(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidValueException(field, "archive.training.hours-invalid", value);
		}
	}





	public String getNativePlace() { return nativePlace; }
	public void setNativePlace(String value) { this.nativePlace = text(value); }
	public String getAddress() { return address; }
	public void setAddress(String value) { this.address = text(value); }
	public List<String> getServiceCategories() { return serviceCategories; }
	public void setServiceCategories(List<String> value) { this.serviceCategories = value == null ? new ArrayList<>() : value; }
	public String getSkillLevel() { return skillLevel; }
	public void setSkillLevel(String value) { this.skillLevel = text(value); }
	public String getHealthExaminedOn() { return healthExaminedOn; }
	public void setHealthExaminedOn(String value) { this.healthExaminedOn = text(value); }
	public String getHealthInstitution() { return healthInstitution; }
	public void setHealthInstitution(String value) { this.healthInstitution = text(value); }
	public String getHealthResult() { return healthResult; }
	public void setHealthResult(String value) { this.healthResult = text(value); }
	public String getHealthValidUntil() { return healthValidUntil; }
	public void setHealthValidUntil(String value) { this.healthValidUntil = text(value); }
	public List<TrainingRow> getTrainings() { return trainings; }
	public void setTrainings(List<TrainingRow> value) { this.trainings = value == null ? new ArrayList<>() : value; }
	public List<InsuranceRow> getInsurances() { return insurances; }
	public void setInsurances(List<InsuranceRow> value) { this.insurances = value == null ? new ArrayList<>() : value; }

	/** One training row of the form. */
	public static class TrainingRow {

		private String course = "";

		private String hours = "";

		private String institution = "";

		private String completedOn = "";

		private String certificateNumber = "";

		boolean blank() {
			return (course + hours + institution + completedOn + certificateNumber).isBlank();
		}

		public String getCourse() { return course; }
		public void setCourse(String value) { this.course = text(value); }
		public String getHours() { return hours; }
		public void setHours(String value) { this.hours = text(value); }
		public String getInstitution() { return institution; }
		public void setInstitution(String value) { this.institution = text(value); }
		public String getCompletedOn() { return completedOn; }
		public void setCompletedOn(String value) { this.completedOn = text(value); }
		public String getCertificateNumber() { return certificateNumber; }
		public void setCertificateNumber(String value) { this.certificateNumber = text(value); }
	}

	/** One insurance row of the form. */
	public static class InsuranceRow {

		private String type = "";

		private String insurer = "";

		private String policyNumber = "";

		private String validFrom = "";

		private String validUntil = "";

		boolean blank() {
			return (type + insurer + policyNumber + validFrom + validUntil).isBlank();
		}

		public String getType() { return type; }
		public void setType(String value) { this.type = text(value); }
		public String getInsurer() { return insurer; }
		public void setInsurer(String value) { this.insurer = text(value); }
		public String getPolicyNumber() { return policyNumber; }
		public void setPolicyNumber(String value) { this.policyNumber = text(value); }
		public String getValidFrom() { return validFrom; }
		public void setValidFrom(String value) { this.validFrom = text(value); }
		public String getValidUntil() { return validUntil; }
		public void setValidUntil(String value) { this.validUntil = text(value); }
	}
}
