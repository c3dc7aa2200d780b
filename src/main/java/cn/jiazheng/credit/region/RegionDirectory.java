package cn.jiazheng.credit.region;

/** Placeholder until the region module lands; replaced by the region branch. */
public interface RegionDirectory {

	boolean exists(RegionCode code);

	String namePath(RegionCode code);
}
