package cn.jiazheng.credit.region.web;

import java.util.List;

import cn.jiazheng.credit.region.Region;
import cn.jiazheng.credit.region.RegionCode;
import cn.jiazheng.credit.region.RegionDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 行政区划 over the API: reference data, the same for everyone who may read it. Integrators need the
 * {@code regions:read} scope on their key.
 */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "regions", description = "行政区划 Division codes")
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN','ENTERPRISE_STAFF') or hasAuthority('SCOPE_regions:read')")
class RegionApiController {

	private final RegionDirectory regions;

	RegionApiController(RegionDirectory regions) {
		this.regions = regions;
	}

	@GetMapping
	@Operation(summary = "省级行政区 The provinces")
	List<RegionView> provinces() {
		return regions.provinces().stream().map(this::view).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "一个行政区划及其全称 One region with its full name path")
	RegionView region(@PathVariable String code) {
		return view(regions.require(RegionCode.of(code)));
	}

	@GetMapping("/{code}/children")
	@Operation(summary = "下级行政区划 The regions directly below")
	List<RegionView> children(@PathVariable String code) {
		return regions.children(regions.require(RegionCode.of(code)).code()).stream().map(this::view).toList();
	}

	private RegionView view(Region region) {
		return new RegionView(region.code().value(), region.name(), region.level().name(), regions.namePath(region.code()),
				region.parent() == null ? null : region.parent().value(), region.retired());
	}

	/** A region as the API shows it. */
	record RegionView(String code, String name, String level, String path, String parent, boolean retired) {
	}
}
