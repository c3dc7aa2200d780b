package cn.jiazheng.credit.region;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiazheng.credit.audit.AuditActor;

/**
 * 行政区划目录: the division tree the platform knows, including retired codes, which still resolve
 * (a record made under an old code keeps its meaning).
 */
public interface RegionDirectory {

	/** The region with this code, retired or not. */
	Optional<Region> find(RegionCode code);

	/** As {@link #find}, but an unknown code is a {@code NotFoundException} naming the code. */
	Region require(RegionCode code);

	/** Known to the platform, including retired codes. */
	boolean exists(RegionCode code);

	/** Known and listed by the current dataset: what new records may use. */
	boolean isActive(RegionCode code);

	/**
	 * The names from the province down, e.g. "陕西省 / 西安市 / 雁塔区". Placeholder levels
	 * ({@link Region#placeholder()}) above the region are left out, so 110101 reads "北京市 / 东城区";
	 * retired regions are marked, in the current locale, e.g. "某某县（已撤销）".
	 *
	 * @throws cn.jiazheng.credit.platform.NotFoundException for an unknown code
	 */
	String namePath(RegionCode code);

	/**
	 * {@link #namePath} of each code, read in one statement whatever their number, for lists that name
	 * the county of every row. Unknown codes are left out of the map rather than failing the list.
	 */
	Map<RegionCode, String> namePaths(Collection<RegionCode> codes);

	/** The provinces, in code order, retired ones included. */
	List<Region> provinces();

	/** The regions directly below {@code parent}, in code order, retired ones included. */
	List<Region> children(RegionCode parent);

	/**
	 * Regions whose code starts with the digits given (a 6-digit province or city form such as
	 * 610000 counts as its short form) or whose name contains the text; active ones first, at most
	 * {@code limit} (capped at 100).
	 */
	List<Region> search(String nameOrCodePrefix, int limit);

	/**
	 * Loads a newer dataset: one CSV {@code code,name} (UTF-8, header line, 2/4/6-digit codes; the parent
	 * follows from the code and must be in the file). Validates every row first, then applies all in one
	 * transaction: new codes are added, renamed codes get the new name, codes absent are retired (kept),
	 * retired codes listed again are restored. Loading the same data twice changes nothing. A dataset that
	 * would retire more than half of the active codes is not applied without {@code confirmDestructive}.
	 */
	DatasetReport load(String label, InputStream csv, boolean confirmDestructive, AuditActor actor);

	/** {@link #load(String, InputStream, boolean, AuditActor)} by the platform itself, without confirmation. */
	default DatasetReport load(String label, InputStream csv) {
		return load(label, csv, false, AuditActor.SYSTEM);
	}
}
