package cn.jiazheng.credit.disclosure;

import java.time.LocalDate;
import java.util.List;

import cn.jiazheng.credit.rating.PublicGrade;

/**
 * 企业信用公示信息: an enterprise's public credit profile as the portal shows it to anyone.
 *
 * @param regionName the county's name from the province down, e.g. 陕西省 / 西安市 / 雁塔区
 * @param released whether its file (一企一档) has been released (发布); before that it has no grade
 * @param grades its current final grades (终评), one per enterprise model in force
 * @param records its records in publicity on {@code asOf}, newest decision first
 * @param asOf the day (China time) the publicity periods were read for
 */
public record PublicProfile(String creditCode, String name, String regionCode, String regionName, boolean released,
		List<PublicGrade> grades, List<PublicRecord> records, LocalDate asOf) {

	public PublicProfile {
		grades = List.copyOf(grades);
		records = List.copyOf(records);
	}
}
