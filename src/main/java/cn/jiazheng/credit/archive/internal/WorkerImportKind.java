package cn.jiazheng.credit.archive.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.importing.ImportColumn;
import cn.jiazheng.credit.importing.ImportKind;
import cn.jiazheng.credit.importing.ImportRow;
import cn.jiazheng.credit.archive.MobilePhone;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 批量登记家政服务员: an enterprise (admin or staff) registers its own workers from a spreadsheet, each
 * row checked and stored as {@link cn.jiazheng.credit.archive.Workers#register} would: the same name
 * rule, ID number (GB 11643) and phone, the same sealing ({@link WorkerSealing}), an active employment
 * with the importing enterprise. The ID number is staged only as its blind index and shown masked.
 * <p>
 * Saving differs in two ways, for speed: a chunk of workers is inserted in one statement (and their
 * employments in one more), and the audit trail gets one IMPORT_APPLY entry for the batch, with its
 * row count, from the pipeline, instead of one WORKER_REGISTER entry per worker.
 */
@Component
class WorkerImportKind implements ImportKind {

	static final String NAME = "workerName";

	static final String ID = "residentId";

	static final String PHONE = "mobilePhone";

	private static final List<ImportColumn> COLUMNS = List.of(new ImportColumn(NAME, "archive.import.header.workerName", true),
			new ImportColumn(ID, "archive.import.header.residentId", true),
			new ImportColumn(PHONE, "archive.import.header.mobilePhone", false));

	private final WorkerSealing sealing;

	private final WorkerRepository workers;

	private final EmploymentRepository employments;

	private final MessageSource messages;

	WorkerImportKind(WorkerSealing sealing, WorkerRepository workers, EmploymentRepository employments, MessageSource messages) {
		this.sealing = sealing;
		this.workers = workers;
		this.employments = employments;
		this.messages = messages;
	}

	static final String KIND = "WORKER";

	@Override
	public String name() {
		return KIND;
	}

	@Override
	public String pagePath() {
		return "/workers";
	}

	/** As for a single registration: the enterprise's own accounts. */
	@Override
	public boolean allows(Actor actor) {
		return actor.role().isEnterprise();
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public String storedKey(Actor by, Map<String, String> values) {
		try {
			return sealing.index(ResidentId.of(values.get(ID)));
		}
		catch (InvalidValueException ex) {
			return null;
		}
	}

	@Override
	public String shownKey(Map<String, String> values) {
		return ResidentId.mask(values.get(ID));
	}

	@Override
	public Map<String, String> shown(Map<String, String> values) {
		Map<String, String> shown = new LinkedHashMap<>(values);
		shown.put(ID, ResidentId.mask(values.get(ID)));
		String phone = values.getOrDefault(PHONE, "");
		shown.put(PHONE, phone.isBlank() ? "" : MobilePhone.mask(phone));
		return shown;
	}

	@Override
	public void validate(Actor by, Map<String, String> values) {
		String name = values.getOrDefault(NAME, "");
		if (name.strip().equals(exampleName())) {
			throw new InvalidValueException(NAME, "archive.import.worker.example-row");
		}
		WorkerSealing.checkedName(name, NAME);
		ResidentId.of(values.get(ID));
		phone(values);
	}

	@Override
	public Set<String> registered(Collection<String> storedKeys) {
		return workers.registeredIndexes(storedKeys);
	}

	/**
	 * One statement for the chunk's workers and one for their employments. A worker registered
	 * meanwhile (by anyone, since validation) is not inserted; that row is rejected, which rolls the
	 * whole batch back.
	 */
	@Override
	public void apply(Actor by, List<ImportRow> rows) {
		if (!allows(by)) {
			throw new RowRejected(rows.get(0), new org.springframework.security.access.AccessDeniedException("archive.worker.register-denied"));
		}
		List<WorkerRepository.SealedWorker> sealed = new ArrayList<>(rows.size());
		for (ImportRow row : rows) {
			Map<String, String> values = row.values();
			try {
				sealed.add(sealing.seal(by, WorkerSealing.checkedName(values.get(NAME), NAME), ResidentId.of(values.get(ID)),
						phone(values)));
			}
			catch (InvalidValueException ex) {
				throw new RowRejected(row, ex);
			}
		}
		Map<String, Long> inserted = workers.insertAll(by.scope(), sealed);
		if (inserted.size() < sealed.size()) {
			for (int i = 0; i < sealed.size(); i++) {
				if (!inserted.containsKey(sealed.get(i).residentIdIndex())) {
					throw new RowRejected(rows.get(i), new InvalidValueException(ID, "archive.worker.duplicate",
							sealed.get(i).residentIdMasked()));
				}
			}
		}
		// The enterprise that registers its workers, with their signed letters, is their first employer.
		employments.insertActiveAll(inserted.values(), by.enterpriseId(), "ENTERPRISE", by.username());
	}

	/** A woman born 1 May 1985 in the enterprise's county (or 雁塔区): an ID number that passes the check. */
	@Override
	public Map<String, String> example(Actor by) {
		RegionCode county = by.territory() != null && by.territory().value().length() == 6 ? by.territory() : RegionCode.of("610113");
		ResidentId id = ResidentId.generate(county, LocalDate.of(1985, 5, 1), Gender.FEMALE, new SplittableRandom(county.value().hashCode()));
		Map<String, String> example = new LinkedHashMap<>();
		example.put(NAME, exampleName());
		example.put(ID, id.value());
		example.put(PHONE, "13800138000");
		return example;
	}

	@Override
	public Map<String, Map<String, String>> options(Actor by) {
		return Map.of();
	}

	@Override
	public String messageKey(String what) {
		return "archive.import.worker." + what;
	}

	@Override
	public String fieldKey(String field) {
		return "archive.field." + field;
	}

	private static MobilePhone phone(Map<String, String> values) {
		String phone = values.getOrDefault(PHONE, "");
		return phone.isBlank() ? null : MobilePhone.of(phone);
	}

	/** The example row's name, refused on upload so that an unedited template registers nobody. */
	private String exampleName() {
		return messages.getMessage("archive.import.worker.example.name", null, Locale.SIMPLIFIED_CHINESE);
	}
}
