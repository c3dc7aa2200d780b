package cn.jiazheng.credit.rating;

import java.util.List;

/**
 * One named feature of a model: a kind from the palette and its parameters.
 *
 * @param recordTypes record type codes, for the record kinds
 * @param months the look-back window in months, or null
 * @param inPublicity only records in publicity on the rating day count
 * @param condition for {@link FeatureKind#WORKER_SHARE}: QUALIFIED, HEALTH_VALID, BACKGROUND_CLEAR or TRAINED
 */
public record Feature(String name, FeatureKind kind, List<String> recordTypes, Integer months, boolean inPublicity,
		String condition) {

	public Feature {
		recordTypes = recordTypes == null ? List.of() : List.copyOf(recordTypes);
	}
}
