package cn.jiazheng.credit.rating.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.objection.Objection;
import cn.jiazheng.credit.objection.Objections;
import cn.jiazheng.credit.objection.TargetKind;
import cn.jiazheng.credit.rating.Band;
import cn.jiazheng.credit.rating.RatingModels;
import cn.jiazheng.credit.rating.RatingPublication;
import cn.jiazheng.credit.rating.RatingPublication.Standing;
import cn.jiazheng.credit.rating.RatingResult;
import cn.jiazheng.credit.rating.ScoringModel;
import cn.jiazheng.credit.record.CreditRecord;
import cn.jiazheng.credit.record.CreditRecords;
import cn.jiazheng.credit.record.RecordFilter;
import cn.jiazheng.credit.record.RecordState;
import cn.jiazheng.credit.record.SubjectKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 我的信用: an enterprise's own grades (final, and published if newer), explained, its records in publicity,
 * what to improve, and the way to object while the window is open.
 */
@Controller
@Tag(name = "credit", description = "我的信用 An enterprise's own credit standing")
@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
class CreditController {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final int HINTS = 3;

	private final RatingPublication publication;

	private final RatingModels models;

	private final CreditRecords records;

	private final Objections objections;

	CreditController(RatingPublication publication, RatingModels models, CreditRecords records, Objections objections) {
		this.publication = publication;
		this.models = models;
		this.records = records;
		this.objections = objections;
	}

	/** One model's standing as the page and the API show it. */
	record Entry(Standing standing, ScoringModel scoring, Band band, Band gradeBand, List<Hint> hints, boolean windowOpen,
			java.time.LocalDate windowCloses, Objection objection) {
	}

	/** An indicator that lost points, the worst share first. */
	record Hint(String dimension, String indicator, double points, int max) {
	}

	record Credit(List<Entry> grades, List<CreditRecord> recordsInPublicity) {
	}

	private Credit credit(Actor actor, LocalDate today) {
		List<Objection> mine = objections.mine(actor, 200);
		List<Entry> entries = publication.standing(actor, today).stream().map(s -> entry(s, mine, today)).toList();
		List<CreditRecord> inPublicity = records
			.list(actor, new RecordFilter(null, RecordState.ACTIVE, SubjectKind.ENTERPRISE, actor.enterpriseId()), 0, 200)
			.items()
			.stream()
			.filter(r -> r.inPublicityOn(today))
			.toList();
		return new Credit(entries, inPublicity);
	}

	private Entry entry(Standing s, List<Objection> mine, LocalDate today) {
		RatingResult newest = s.newest();
		if (newest == null) {
			return new Entry(s, null, null, null, List.of(), false, null, null);
		}
		ScoringModel scoring = models.model(newest.evaluation().modelId(), newest.evaluation().modelVersion());
		Band gradeBand = newest.evaluation().grade() == null ? null : scoring.bandOf(newest.evaluation().grade());
		List<Hint> hints = scoring.dimensions().stream()
			.flatMap(d -> d.indicators().stream().map(i -> new Hint(d.name(), i.name(),
					newest.evaluation().indicatorPoints().getOrDefault(i.id(), 0.0), i.max())))
			.filter(h -> h.max() > 0 && h.points() < h.max())
			.sorted(Comparator.comparingDouble(h -> h.points() / h.max()))
			.limit(HINTS)
			.toList();
		boolean open = s.publishedRef() != null && objections.isWindowOpen(TargetKind.RATING_RESULT, s.publishedRef(), today);
		Optional<Objection> filed = s.publishedRef() == null ? Optional.empty()
				: mine.stream().filter(o -> o.targetRef().equals(s.publishedRef())).findFirst();
		return new Entry(s, scoring, newest.evaluation().band(), gradeBand, hints, open,
				s.publishedRun() == null ? null : s.publishedRun().windowCloses(), filed.orElse(null));
	}

	@GetMapping("/credit")
	String page(Actor actor, Model model) {
		LocalDate today = LocalDate.now(BEIJING);
		Credit credit = credit(actor, today);
		model.addAttribute("entries", credit.grades());
		model.addAttribute("records", credit.recordsInPublicity());
		model.addAttribute("today", today);
		return "rating/credit";
	}

	@Operation(summary = "我的信用 The caller's enterprise: grades per model in force, explained, records in publicity",
			description = "For each enterprise model in force: the current final grade and, if newer, the published initial one "
					+ "(初评公示中) with its objection deadline; points per indicator and dimension, breakers, the band; the "
					+ "indicators with the most points lost; the grade without each repairable record; the objection filed, if any.")
	@GetMapping("/api/v1/credit")
	@ResponseBody
	Credit api(Actor actor) {
		return credit(actor, LocalDate.now(BEIJING));
	}
}
