package cn.jiazheng.credit.archive.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.importing.ImportColumn;
import cn.jiazheng.credit.importing.ImportKind;
import cn.jiazheng.credit.importing.ImportRow;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.region.Region;
import cn.jiazheng.credit.region.RegionCode;
import cn.jiazheng.credit.region.RegionDirectory;
import cn.jiazheng.credit.region.RegionLevel;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The first use of the import pipeline: enterprises registered in bulk by a regulator, each row
 * checked as {@link EnterpriseFiles#register} would check it, territory included.
 */
@Component
class EnterpriseImportKind implements ImportKind {

	private static final List<ImportColumn> COLUMNS = List.of(
			new ImportColumn("creditCode", "archive.import.header.creditCode", true),
			new ImportColumn("name", "archive.import.header.name", true),
			new ImportColumn("regionCode", "archive.import.header.regionCode", true));

	private final EnterpriseFiles files;

	private final EnterpriseRepository enterprises;

	private final RegionDirectory regions;

	private final MessageSource messages;

	EnterpriseImportKind(EnterpriseFiles files, EnterpriseRepository enterprises, RegionDirectory regions, MessageSource messages) {
		this.files = files;
		this.enterprises = enterprises;
		this.regions = regions;
		this.messages = messages;
	}

	static final String KIND = "ENTERPRISE";

	@Override
	public String name() {
		return KIND;
	}

	@Override
	public String pagePath() {
		return "/enterprises";
	}

	@Override
	public boolean allows(Actor actor) {
		return actor.role() == Role.REGULATOR || actor.role() == Role.PLATFORM_ADMIN;
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	/** The credit code as typed, normalised where possible: public data, stored as it is. */
	@Override
	public String storedKey(Actor by, Map<String, String> values) {
		return values.getOrDefault("creditCode", "").replaceAll("[\\s\\u3000]", "").toUpperCase(Locale.ROOT);
	}

	@Override
	public String shownKey(Map<String, String> values) {
		return storedKey(null, values);
	}

	@Override
	public void validate(Actor by, Map<String, String> values) {
		new CreditCode(values.get("creditCode"));
		String name = values.getOrDefault("name", "");
		if (name.isBlank()) {
			throw new InvalidValueException("name", "archive.field.required");
		}
		if (name.length() > 100) {
			throw new InvalidValueException("name", "archive.field.too-long", 100);
		}
		if (name.equals(exampleName())) {
			throw new InvalidValueException("name", "archive.import.example-row");
		}
		String county = values.getOrDefault("regionCode", "");
		if (county.isBlank()) {
			throw new InvalidValueException("regionCode", "archive.field.required");
		}
		RegionCode region = RegionCode.of(county);
		if (region.level() != RegionLevel.COUNTY || !regions.isActive(region)) {
			throw new InvalidValueException("regionCode", "archive.enterprise.county-required");
		}
		if (!by.scope().covers(region, null)) {
			throw new InvalidValueException("regionCode", "archive.import.outside-territory", region.value(),
					by.territory() == null ? "-" : regions.namePath(by.territory()));
		}
	}

	@Override
	public Set<String> registered(Collection<String> keys) {
		return enterprises.registeredCreditCodes(keys);
	}

	@Override
	public void apply(Actor by, List<ImportRow> rows) {
		for (ImportRow row : rows) {
			Map<String, String> values = row.values();
			try {
				files.register(by, values.get("creditCode"), values.get("name"), values.get("regionCode"));
			}
			catch (InvalidValueException | AccessDeniedException ex) {
				throw new RowRejected(row, ex);
			}
		}
	}

	@Override
	public Map<String, String> example(Actor by) {
		RegionCode county = counties(by).keySet().stream().findFirst().map(RegionCode::of).orElse(RegionCode.of("610113"));
		// Seeded by the county: the same template twice shows the same example.
		CreditCode code = CreditCode.generate(county, new SplittableRandom(county.value().hashCode()));
		Map<String, String> example = new LinkedHashMap<>();
		example.put("creditCode", code.value());
		example.put("name", exampleName());
		example.put("regionCode", county.value());
		return example;
	}

	@Override
	public Map<String, Map<String, String>> options(Actor by) {
		Map<String, String> counties = counties(by);
		return counties.isEmpty() ? Map.of() : Map.of("regionCode", counties);
	}

	@Override
	public String messageKey(String what) {
		return "archive.import." + what;
	}

	@Override
	public String fieldKey(String field) {
		return "archive.field." + field;
	}

	/** The example row's name, refused on upload so that an unedited template registers nothing. */
	private String exampleName() {
		return messages.getMessage("archive.import.example.name", null, Locale.SIMPLIFIED_CHINESE);
	}

	/** The active counties the actor may register in, code to name path, in code order. */
	private Map<String, String> counties(Actor by) {
		List<Region> level = by.territory() == null ? regions.provinces() : List.of(regions.require(by.territory()));
		Map<String, String> found = new LinkedHashMap<>();
		while (!level.isEmpty()) {
			List<Region> next = new ArrayList<>();
			for (Region region : level) {
				if (region.retired()) {
					continue;
				}
				if (region.level() == RegionLevel.COUNTY) {
					if (regions.isActive(region.code())) {
						found.put(region.code().value(), regions.namePath(region.code()));
					}
				}
				else {
					next.addAll(regions.children(region.code()));
				}
			}
			level = next;
		}
		return found;
	}
}
