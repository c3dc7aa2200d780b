package cn.jiazheng.credit.demo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names of Shaanxi's cities and counties, read once from the region reference file the platform
 * ships (reference/regions.csv), so that generated addresses and authorities name real places.
 */
final class Shaanxi {

	/** Code to name, for the province's cities (4 digits) and counties (6 digits), in the file's order. */
	static final Map<String, String> NAMES = load();

	private Shaanxi() {
	}

	/** "西安市" for 610113. */
	static String cityName(String county) {
		return NAMES.getOrDefault(county.substring(0, 4), "西安市");
	}

	/** "雁塔区" for 610113. */
	static String countyName(String county) {
		return NAMES.getOrDefault(county, "");
	}

	private static Map<String, String> load() {
		Map<String, String> names = new LinkedHashMap<>();
		try (InputStream in = Shaanxi.class.getResourceAsStream("/reference/regions.csv")) {
			if (in == null) {
				return names;
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				int comma = line.indexOf(',');
				if (comma > 0 && line.startsWith("61") && (comma == 4 || comma == 6)) {
					names.put(line.substring(0, comma), line.substring(comma + 1).strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return names;
	}
}
