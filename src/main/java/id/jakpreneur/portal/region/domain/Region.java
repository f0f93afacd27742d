package id.jakpreneur.portal.region.domain;

import id.jakpreneur.portal.region.RegionLevel;
import id.jakpreneur.portal.region.RegionView;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.Locale;

import org.hibernate.annotations.Immutable;

/** One region of DKI Jakarta. Reference data, loaded by Flyway and never changed by the portal. */
@Entity
@Immutable
public class Region {

	@Id
	private String code;

	private String name;

	@Convert(converter = LevelConverter.class)
	private RegionLevel level;

	@Column(name = "parent_code")
	private String parentCode;

	protected Region() {
	}

	public RegionView toView() {
		return new RegionView(code, name, level, parentCode);
	}

	@Converter
	static class LevelConverter implements AttributeConverter<RegionLevel, String> {

		@Override
		public String convertToDatabaseColumn(RegionLevel level) {
			return level == null ? null : level.name().toLowerCase(Locale.ROOT);
		}

		@Override
		public RegionLevel convertToEntityAttribute(String value) {
			return value == null ? null : RegionLevel.valueOf(value.toUpperCase(Locale.ROOT));
		}

	}

}
