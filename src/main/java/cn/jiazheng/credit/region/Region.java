package cn.jiazheng.credit.region;

import java.util.Objects;

/**
 * 行政区划: one province, city or county of the division tree as the platform knows it. A retired
 * region (撤销) is one that the latest dataset no longer lists; it is kept because records may still
 * point to it.
 *
 * @param parent the region directly above, {@code null} for a province
 */
public record Region(RegionCode code, String name, RegionLevel level, RegionCode parent, boolean retired) {

	public Region {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(level, "level");
	}

	/**
	 * Whether this is a statistical placeholder rather than a place a person would name: the
	 * "市辖区" and "县" rows under a municipality and the "省直辖县级行政区划" groups. Name paths skip
	 * them, so that 110101 reads "北京市 / 东城区" and not "北京市 / 市辖区 / 东城区".
	 */
	public boolean placeholder() {
		return level == RegionLevel.CITY
				&& (name.equals("市辖区") || name.equals("县") || name.endsWith("直辖县级行政区划"));
	}
}
