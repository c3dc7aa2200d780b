package cn.jiazheng.credit.disclosure.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.Enterprise;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.disclosure.PublicProfile;
import cn.jiazheng.credit.disclosure.PublicProfiles;
import cn.jiazheng.credit.disclosure.PublicRecord;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.rating.PublicGrade;
import cn.jiazheng.credit.rating.RatingPublication;
import cn.jiazheng.credit.record.CreditRecord;
import cn.jiazheng.credit.record.CreditRecords;
import cn.jiazheng.credit.record.RecordType;
import cn.jiazheng.credit.record.RecordTypes;
import cn.jiazheng.credit.region.RegionCode;
import cn.jiazheng.credit.region.RegionDirectory;

import org.springframework.stereotype.Service;

/**
 * The lookup in three indexed statements (enterprise by code, final grades, records in publicity), none
 * per record, and most lookups in none: profiles are kept in a {@link ProfileCache} that every change empties. County names and record-type names are catalogues that change a few times a year, so they
 * are kept for a few minutes instead of being read on every lookup: a renamed county shows within that time.
 */
@Service
class ProfileService implements PublicProfiles {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final Duration CATALOGUE_TTL = Duration.ofMinutes(5);

	/** More than any enterprise has in publicity at once; the page stays bounded even so. */
	private static final int MAX_RECORDS = 200;

	private final EnterpriseFiles enterprises;

	private final RatingPublication ratings;

	private final CreditRecords records;

	private final RecordTypes types;

	private final RegionDirectory regions;

	private final Clock clock;

	private final ProfileCache cache;

	private final Map<String, Timed<String>> regionNames = new ConcurrentHashMap<>();

	private volatile Timed<Map<String, RecordType>> typeCatalogue;

	ProfileService(EnterpriseFiles enterprises, RatingPublication ratings, CreditRecords records, RecordTypes types,
			RegionDirectory regions, Clock clock, ProfileCache cache) {
		this.enterprises = enterprises;
		this.ratings = ratings;
		this.records = records;
		this.types = types;
		this.regions = regions;
		this.clock = clock;
		this.cache = cache;
	}

	private record Timed<T>(T value, Instant until) {
	}

	@Override
	public PublicProfile lookup(String creditCode, Locale locale) {
		CreditCode code = CreditCode.of(creditCode);
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		ProfileCache.Key key = new ProfileCache.Key(code.value(), "en".equals(locale.getLanguage()));
		Optional<PublicProfile> kept = cache.get(key, today, clock.instant());
		if (kept.isPresent()) {
			return kept.get();
		}
		long readAt = cache.generation();
		Enterprise enterprise = enterprises.findPublic(code)
			.orElseThrow(() -> new NotFoundException("disclosure.enterprise.not-found", code.value()));
		PublicProfile profile = read(enterprise, today, locale);
		cache.put(key, enterprise.id(), profile, readAt, clock.instant());
		return profile;
	}

	private PublicProfile read(Enterprise enterprise, LocalDate today, Locale locale) {
		List<PublicGrade> grades = enterprise.released() ? ratings.finalGrades(enterprise.id()) : List.of();
		List<CreditRecord> inPublicity = records.publicRecords(enterprise.id(), today, MAX_RECORDS);
		Map<String, RecordType> catalogue = inPublicity.isEmpty() ? Map.of() : typeCatalogue();
		List<PublicRecord> shown = inPublicity.stream()
			.map(r -> new PublicRecord(r.typeCode(), typeName(catalogue, r.typeCode(), locale), r.decisionDate(),
					r.sourceOrganisation(), r.documentNumber(), r.publicity().maxEnd()))
			.toList();
		return new PublicProfile(enterprise.creditCode().value(), enterprise.name(), enterprise.regionCode(),
				regionName(enterprise.regionCode(), locale), enterprise.released(), grades, shown, today);
	}

	private static String typeName(Map<String, RecordType> catalogue, String code, Locale locale) {
		RecordType type = catalogue.get(code);
		return type == null ? code : type.name(locale);
	}

	private Map<String, RecordType> typeCatalogue() {
		Timed<Map<String, RecordType>> cached = typeCatalogue;
		Instant now = clock.instant();
		if (cached == null || now.isAfter(cached.until())) {
			cached = new Timed<>(types.all().stream().collect(Collectors.toUnmodifiableMap(RecordType::code, Function.identity())),
					now.plus(CATALOGUE_TTL));
			typeCatalogue = cached;
		}
		return cached.value();
	}

	private String regionName(String regionCode, Locale locale) {
		// Two languages only, so that made-up locales cannot grow the map.
		String key = regionCode + ("en".equals(locale.getLanguage()) ? "|en" : "|zh");
		Instant now = clock.instant();
		Timed<String> cached = regionNames.get(key);
		if (cached == null || now.isAfter(cached.until())) {
			String name;
			try {
				name = regions.namePath(RegionCode.of(regionCode));
			}
			catch (NotFoundException ex) {
				// A county the directory does not know (yet): its code still tells the reader where.
				name = regionCode;
			}
			cached = new Timed<>(name, now.plus(CATALOGUE_TTL));
			regionNames.put(key, cached);
		}
		return cached.value();
	}
}
