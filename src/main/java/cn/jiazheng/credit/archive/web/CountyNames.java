package cn.jiazheng.credit.archive.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import cn.jiazheng.credit.region.RegionCode;
import cn.jiazheng.credit.region.RegionDirectory;

/**
 * The name paths of a list's counties, keyed by the 6-digit codes the rows hold, resolved for the whole
 * page at once: a template that named each row's county itself would cost a statement a row.
 */
final class CountyNames {

	private CountyNames() {
	}

	/** An unknown code names itself, as a list should still show the row. */
	static Map<String, String> of(RegionDirectory regions, Collection<String> regionCodes) {
		Map<RegionCode, String> paths = regions
			.namePaths(regionCodes.stream().distinct().map(RegionCode::of).collect(Collectors.toSet()));
		Map<String, String> names = new HashMap<>();
		for (String code : regionCodes) {
			names.computeIfAbsent(code, c -> paths.getOrDefault(RegionCode.of(c), c));
		}
		return names;
	}
}
