package cn.jiazheng.credit.rating.internal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.objection.ObjectionDecided;
import cn.jiazheng.credit.objection.Outcome;
import cn.jiazheng.credit.objection.TargetKind;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Ordos arts. 15–16: an upheld objection against a published result means the regulator has corrected the
 * data (e.g. revoked a wrong record); the subject is then re-rated and published again. A rejected one
 * changes nothing. Runs after the answer commits; the event publication registry keeps the event until
 * this completes, so a crash corrects on restart.
 */
@Component
class ObjectionAnswers {

	private static final Pattern REF = Pattern.compile("run:(\\d+)/result:(ENTERPRISE|WORKER):(\\d+)");

	private final PublicationService publication;

	ObjectionAnswers(PublicationService publication) {
		this.publication = publication;
	}

	@ApplicationModuleListener
	void on(ObjectionDecided event) {
		if (event.targetKind() != TargetKind.RATING_RESULT || event.outcome() != Outcome.UPHELD) {
			return;
		}
		Matcher m = REF.matcher(event.targetRef());
		if (!m.matches()) {
			return;
		}
		publication.republish(Long.parseLong(m.group(1)), FileKind.valueOf(m.group(2)), Long.parseLong(m.group(3)),
				LocalDate.now(RatingService.BEIJING));
	}
}
