package cn.jiazheng.credit.archive.web;

import static cn.jiazheng.credit.archive.web.FormValues.blankToNull;
import static cn.jiazheng.credit.archive.web.FormValues.date;
import static cn.jiazheng.credit.archive.web.FormValues.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.jiazheng.credit.archive.EmploymentModel;
import cn.jiazheng.credit.archive.EnterpriseFile;
import cn.jiazheng.credit.archive.EnterpriseType;
import cn.jiazheng.credit.archive.Insurance;
import cn.jiazheng.credit.platform.InvalidValueException;

/**
 * The enterprise file as the page's form carries it: one insurance policy and qualifications one per
 * line. Further policies and branch outlets (from the API) are kept as they were.
 */
public class EnterpriseFileForm {

	private String name = "";

	private String legalRepresentative = "";

	private String registeredAddress = "";

	private String regionCode = "";

	private String type = EnterpriseType.ENTERPRISE.name();

	private String employmentModel = EmploymentModel.EMPLOYEE_BASED.name();

	private List<String> serviceCategories = new ArrayList<>();

	private String qualifications = "";

	private String insuranceType = "";

	private String insurer = "";

	private String policyNumber = "";

	private String insuranceFrom = "";

	private String insuranceUntil = "";

	private String priceList = "";

	private String serviceCommitments = "";

	private String contactPerson = "";

	private String contactPhone = "";

	static EnterpriseFileForm of(EnterpriseFile file) {
		EnterpriseFileForm form = new EnterpriseFileForm();
		form.name = text(file.name());
		form.legalRepresentative = text(file.legalRepresentative());
		form.registeredAddress = text(file.registeredAddress());
		form.regionCode = text(file.regionCode());
		form.type = file.type() == null ? "" : file.type().name();
		form.employmentModel = file.employmentModel() == null ? "" : file.employmentModel().name();
		form.serviceCategories = new ArrayList<>(file.serviceCategories());
		form.qualifications = String.join("\n", file.qualifications());
		if (!file.insurances().isEmpty()) {
			Insurance first = file.insurances().get(0);
			form.insuranceType = text(first.type());
			form.insurer = text(first.insurer());
			form.policyNumber = text(first.policyNumber());
			form.insuranceFrom = first.validFrom() == null ? "" : first.validFrom().toString();
			form.insuranceUntil = first.validUntil() == null ? "" : first.validUntil().toString();
		}
		form.priceList = text(file.priceList());
		form.serviceCommitments = text(file.serviceCommitments());
		form.contactPerson = text(file.contactPerson());
		form.contactPhone = text(file.contactPhone());
		return form;
	}

	/** The file this form describes, keeping what the form does not show from {@code previous}. */
	EnterpriseFile toFile(EnterpriseFile previous) {
		List<Insurance> insurances = new ArrayList<>();
		if (!insuranceType.isBlank() || !insurer.isBlank() || !policyNumber.isBlank()) {
			insurances.add(new Insurance(insuranceType.strip(), insurer.strip(), policyNumber.strip(),
					date("insurances[0].validFrom", insuranceFrom), date("insurances[0].validUntil", insuranceUntil)));
		}
		if (previous.insurances().size() > 1) {
			insurances.addAll(previous.insurances().subList(1, previous.insurances().size()));
		}
		List<String> lines = Arrays.stream(qualifications.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
		return new EnterpriseFile(name.strip(), legalRepresentative.strip(), registeredAddress.strip(), regionCode.strip(),
				parse(EnterpriseType.class, "type", type), parse(EmploymentModel.class, "employmentModel", employmentModel),
				serviceCategories == null ? List.of() : serviceCategories, lines, insurances, priceList.strip(),
				serviceCommitments.strip(), contactPerson.strip(), contactPhone.strip(), previous.branches());
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidValueException(field, "archive.field.required");
		}
	}



	public String getName() { return name; }
	public void setName(String name) { this.name = text(name); }
	public String getLegalRepresentative() { return legalRepresentative; }
	public void setLegalRepresentative(String value) { this.legalRepresentative = text(value); }
	public String getRegisteredAddress() { return registeredAddress; }
	public void setRegisteredAddress(String value) { this.registeredAddress = text(value); }
	public String getRegionCode() { return regionCode; }
	public void setRegionCode(String value) { this.regionCode = text(value); }
	public String getType() { return type; }
	public void setType(String value) { this.type = text(value); }
	public String getEmploymentModel() { return employmentModel; }
	public void setEmploymentModel(String value) { this.employmentModel = text(value); }
	public List<String> getServiceCategories() { return serviceCategories; }
	public void setServiceCategories(List<String> value) { this.serviceCategories = value == null ? new ArrayList<>() : value; }
	public String getQualifications() { return qualifications; }
	public void setQualifications(String value) { this.qualifications = text(value); }
	public String getInsuranceType() { return insuranceType; }
	public void setInsuranceType(String value) { this.insuranceType = text(value); }
	public String getInsurer() { return insurer; }
	public void setInsurer(String value) { this.insurer = text(value); }
	public String getPolicyNumber() { return policyNumber; }
	public void setPolicyNumber(String value) { this.policyNumber = text(value); }
	public String getInsuranceFrom() { return insuranceFrom; }
	public void setInsuranceFrom(String value) { this.insuranceFrom = text(value); }
	public String getInsuranceUntil() { return insuranceUntil; }
	public void setInsuranceUntil(String value) { this.insuranceUntil = text(value); }
	public String getPriceList() { return priceList; }
	public void setPriceList(String value) { this.priceList = text(value); }
	public String getServiceCommitments() { return serviceCommitments; }
	public void setServiceCommitments(String value) { this.serviceCommitments = text(value); }
	public String getContactPerson() { return contactPerson; }
	public void setContactPerson(String value) { this.contactPerson = text(value); }
	public String getContactPhone() { return contactPhone; }
	public void setContactPhone(String value) { this.contactPhone = text(value); }
}
