package cn.jiazheng.credit.record.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.importing.ImportColumn;
import cn.jiazheng.credit.importing.ImportKind;
import cn.jiazheng.credit.importing.ImportRow;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.record.NewRecord;
import cn.jiazheng.credit.record.RecordType;
import cn.jiazheng.credit.record.RecordTypes;
import cn.jiazheng.credit.record.Severity;
import cn.jiazheng.credit.record.Subject;
import cn.jiazheng.credit.record.SubjectKind;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * 批量导入信用信息: a regulator (or the platform admin) enters credit records from a spreadsheet. Each row
 * names its subject by 统一社会信用代码 or 居民身份证号码, found within the uploader's territory as the entry
 * form finds it, and is checked by the very rules of a single entry ({@link RecordService#check}); saving
 * goes through {@link RecordService#add}, so every record is audited and publishes its
 * {@link cn.jiazheng.credit.record.CreditRecordChanged}. Evidence is not part of the spreadsheet: it is
 * attached on the record's page afterwards.
 * <p>
 * A row's key is its subject, type and 文书号; a record already on the platform with that key (not
 * revoked) is reported as registered and skipped. The key is staged with the subject's internal id, never
 * with an ID number: the ID number stays only in the sealed row and is shown masked.
 */
@Component
class RecordImportKind implements ImportKind {

	static final String KIND = "RECORD";

	static final String SUBJECT_KIND = "subjectKind";

	static final String SUBJECT_CODE = "subjectCode";

	static final String TYPE = "typeCode";

	static final String SEVERITY = "severity";

	static final String SOURCE = "sourceOrganisation";

	static final String DOCUMENT = "documentNumber";

	static final String DECISION = "decisionDate";

	static final String SUMMARY = "summary";

	private static final List<ImportColumn> COLUMNS = List.of(
			new ImportColumn(SUBJECT_KIND, "record.import.header.subjectKind", true),
			new ImportColumn(SUBJECT_CODE, "record.import.header.subjectCode", true),
			new ImportColumn(TYPE, "record.import.header.typeCode", true),
			new ImportColumn(SEVERITY, "record.import.header.severity", false),
			new ImportColumn(SOURCE, "record.import.header.sourceOrganisation", true),
			new ImportColumn(DOCUMENT, "record.import.header.documentNumber", true),
			new ImportColumn(DECISION, "record.import.header.decisionDate", true),
			new ImportColumn(SUMMARY, "record.import.header.summary", true));

	/** Excel counts days from here; a date typed into a cell that is not text arrives as that count. */
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private static final List<SubjectKind> IMPORTED = List.of(SubjectKind.ENTERPRISE, SubjectKind.WORKER);

	private final RecordService records;

	private final RecordTypes types;

	private final CreditRecordRepository repository;

	private final MessageSource messages;

	RecordImportKind(RecordService records, RecordTypes types, CreditRecordRepository repository, MessageSource messages) {
		this.records = records;
		this.types = types;
		this.repository = repository;
		this.messages = messages;
	}

	@Override
	public String name() {
		return KIND;
	}

	@Override
	public String pagePath() {
		return "/records";
	}

	/** As for the entry form: regulators and the platform admin. */
	@Override
	public boolean allows(Actor actor) {
		return actor.role() == Role.REGULATOR || actor.role() == Role.PLATFORM_ADMIN;
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public String storedKey(Actor by, Map<String, String> values) {
		try {
			return key(entry(by, values)).map(RecordImportKind::stored).orElse(null);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	@Override
	public String shownKey(Map<String, String> values) {
		return shownCode(values) + " / " + normalisedType(values.getOrDefault(TYPE, "")) + " / "
				+ values.getOrDefault(DOCUMENT, "").strip();
	}

	@Override
	public Map<String, String> shown(Map<String, String> values) {
		Map<String, String> shown = new LinkedHashMap<>(values);
		shown.put(SUBJECT_CODE, shownCode(values));
		return shown;
	}

	@Override
	public void validate(Actor by, Map<String, String> values) {
		if (values.getOrDefault(SUMMARY, "").strip().equals(text("record.import.example.summary"))) {
			throw new InvalidValueException(SUMMARY, "record.import.example-row");
		}
		NewRecord entry = entry(by, values);
		RecordService.Checked checked;
		try {
			checked = records.check(by, entry);
		}
		catch (NotFoundException ex) {
			throw new InvalidValueException(SUBJECT_CODE, "record.subject.not-found");
		}
		String severity = values.getOrDefault(SEVERITY, "").strip();
		if (!severity.isEmpty()) {
			Severity given = severity(severity);
			if (given != checked.type().severity()) {
				throw new InvalidValueException(SEVERITY, "record.import.severity-mismatch", checked.type().code(),
						resolvable("record.severity." + checked.type().severity()));
			}
		}
	}

	@Override
	public Set<String> registered(Collection<String> storedKeys) {
		List<CreditRecordRepository.SameRecord> keys = new ArrayList<>();
		for (String key : storedKeys) {
			parse(key).ifPresent(keys::add);
		}
		Set<String> found = new LinkedHashSet<>();
		repository.existing(keys).forEach(same -> found.add(stored(same)));
		return found;
	}

	/**
	 * Each row as a single entry would be saved, after checking that no record with its key was entered
	 * meanwhile (there is no such check for single entries, which a person makes one at a time).
	 */
	@Override
	public void apply(Actor by, List<ImportRow> rows) {
		Set<String> meanwhile = registered(rows.stream().map(ImportRow::key).toList());
		for (ImportRow row : rows) {
			try {
				if (meanwhile.contains(row.key())) {
					throw new InvalidValueException(DOCUMENT, "record.import.registered-meanwhile");
				}
				records.add(by, entry(by, row.values()), List.of());
			}
			catch (InvalidValueException | AccessDeniedException | NotFoundException ex) {
				throw new RowRejected(row, ex);
			}
		}
	}

	/** An enterprise of the uploader's county (or 雁塔区): a credit code that passes the check. */
	@Override
	public Map<String, String> example(Actor by) {
		RegionCode county = by.territory() != null && by.territory().value().length() == 6 ? by.territory() : RegionCode.of("610113");
		CreditCode code = CreditCode.generate(county, new SplittableRandom(county.value().hashCode()));
		Map<String, String> example = new LinkedHashMap<>();
		example.put(SUBJECT_KIND, SubjectKind.ENTERPRISE.name());
		example.put(SUBJECT_CODE, code.value());
		example.put(TYPE, "ADMIN_PENALTY_GENERAL");
		example.put(SEVERITY, Severity.GENERAL.name());
		example.put(SOURCE, text("record.import.example.source"));
		example.put(DOCUMENT, text("record.import.example.document"));
		example.put(DECISION, "2025-06-30");
		example.put(SUMMARY, text("record.import.example.summary"));
		return example;
	}

	/** Subject kinds, the active types that apply to them, and severities, each with its Chinese name. */
	@Override
	public Map<String, Map<String, String>> options(Actor by) {
		Map<String, String> kinds = new LinkedHashMap<>();
		IMPORTED.forEach(kind -> kinds.put(kind.name(), text("record.subject-kind." + kind)));
		Map<String, String> typeNames = new LinkedHashMap<>();
		for (RecordType type : types.all()) {
			if (type.active() && IMPORTED.stream().anyMatch(type::appliesTo)) {
				typeNames.put(type.code(), type.nameZh());
			}
		}
		Map<String, String> severities = new LinkedHashMap<>();
		for (Severity severity : Severity.values()) {
			severities.put(severity.name(), text("record.severity." + severity));
		}
		Map<String, Map<String, String>> options = new LinkedHashMap<>();
		options.put(SUBJECT_KIND, kinds);
		options.put(TYPE, typeNames);
		options.put(SEVERITY, severities);
		return options;
	}

	@Override
	public String messageKey(String what) {
		return "record.import." + what;
	}

	@Override
	public String fieldKey(String field) {
		return "record.field." + field;
	}

	/**
	 * The row as the entry form would submit it: the subject found by its code within the uploader's
	 * scope, the type by code (or Chinese name), the date parsed. What the form's own fields would refuse
	 * is left to {@link RecordService#check}.
	 */
	private NewRecord entry(Actor by, Map<String, String> values) {
		SubjectKind kind = subjectKind(values.getOrDefault(SUBJECT_KIND, ""));
		String code = values.getOrDefault(SUBJECT_CODE, "");
		if (code.isBlank()) {
			throw new InvalidValueException(SUBJECT_CODE, "record.field.required");
		}
		Subject subject;
		try {
			subject = records.findSubject(by, kind, code)
				.orElseThrow(() -> new InvalidValueException(SUBJECT_CODE, "record.subject.not-found"));
		}
		catch (InvalidValueException ex) {
			if ("code".equals(ex.field())) {
				throw new InvalidValueException(SUBJECT_CODE, ex.messageKey(), ex.arguments());
			}
			throw ex;
		}
		if (values.getOrDefault(TYPE, "").isBlank()) {
			throw new InvalidValueException(TYPE, "record.field.required");
		}
		return new NewRecord(kind, subject.id(), normalisedType(values.getOrDefault(TYPE, "")), values.get(SOURCE),
				values.get(DOCUMENT), date(values.getOrDefault(DECISION, "")), values.get(SUMMARY));
	}

	private Optional<CreditRecordRepository.SameRecord> key(NewRecord entry) {
		String document = entry.documentNumber() == null ? "" : entry.documentNumber().strip();
		if (entry.typeCode().isEmpty() || document.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new CreditRecordRepository.SameRecord(entry.subjectKind(), entry.subjectId(), entry.typeCode(), document));
	}

	private static String stored(CreditRecordRepository.SameRecord key) {
		return key.kind().name() + ":" + key.subjectId() + "|" + key.typeCode() + "|" + key.documentNumber();
	}

	private static Optional<CreditRecordRepository.SameRecord> parse(String stored) {
		if (stored == null) {
			return Optional.empty();
		}
		int colon = stored.indexOf(':');
		String[] rest = stored.substring(colon + 1).split("\\|", 3);
		if (colon < 0 || rest.length != 3) {
			return Optional.empty();
		}
		return Optional.of(new CreditRecordRepository.SameRecord(SubjectKind.valueOf(stored.substring(0, colon)),
				Long.parseLong(rest[0]), rest[1], rest[2]));
	}

	/** ENTERPRISE or WORKER, or their Chinese or English names as the drop-down shows them. */
	private SubjectKind subjectKind(String typed) {
		String value = typed.strip();
		if (value.isEmpty()) {
			throw new InvalidValueException(SUBJECT_KIND, "record.field.required");
		}
		for (SubjectKind kind : IMPORTED) {
			if (value.equalsIgnoreCase(kind.name()) || value.equals(text("record.subject-kind." + kind))
					|| value.equalsIgnoreCase(messages.getMessage("record.subject-kind." + kind, null, Locale.ENGLISH))) {
				return kind;
			}
		}
		throw new InvalidValueException(SUBJECT_KIND, "record.import.subject-kind-invalid", value);
	}

	/** A type's code as typed (any case), or its Chinese name; unknown text is passed on for the rules to refuse. */
	private String normalisedType(String typed) {
		String value = typed.strip();
		for (RecordType type : types.all()) {
			if (type.nameZh().equals(value)) {
				return type.code();
			}
		}
		return value.toUpperCase(Locale.ROOT);
	}

	private Severity severity(String typed) {
		for (Severity severity : Severity.values()) {
			if (typed.equalsIgnoreCase(severity.name()) || typed.equals(text("record.severity." + severity))) {
				return severity;
			}
		}
		throw new InvalidValueException(SEVERITY, "record.import.severity-invalid", typed);
	}

	/** 年-月-日 (also with slashes or single digits), or the day number a date cell of Excel holds. */
	private static LocalDate date(String typed) {
		String value = typed.strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			if (value.matches("[0-9]{5}")) {
				return EXCEL_EPOCH.plusDays(Long.parseLong(value));
			}
			return LocalDate.parse(value.replace('/', '-'), DateTimeFormatter.ofPattern("uuuu-M-d"));
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(DECISION, "record.decision-date.invalid");
		}
	}

	/** The code as people may see it: an enterprise's credit code in clear, anything else masked as an ID number. */
	private String shownCode(Map<String, String> values) {
		String code = values.getOrDefault(SUBJECT_CODE, "");
		String kind = values.getOrDefault(SUBJECT_KIND, "").strip();
		boolean enterprise = kind.equalsIgnoreCase(SubjectKind.ENTERPRISE.name()) || kind.equals(text("record.subject-kind.ENTERPRISE"));
		return enterprise ? code.strip().toUpperCase(Locale.ROOT) : ResidentId.mask(code);
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

	private static DefaultMessageSourceResolvable resolvable(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}
}
