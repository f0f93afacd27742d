package id.jakpreneur.portal.catalogue.web;

import java.util.Arrays;
import java.util.Locale;

import id.jakpreneur.portal.catalogue.query.ListingFilter;
import id.jakpreneur.portal.catalogue.query.Mark;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionLevel;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Katalog's search as the URL carries it ({@code ?q=keripik&sektor=KULINER&kecamatan=31.71.01&tanda=HALAL}).
 * Read leniently: a public link with an unknown sector, kecamatan or mark is searched without it, never refused.
 */
class SearchForm {

	static final int MAX_WORDS_LENGTH = 100;

	private String q;

	private String sektor;

	private String kecamatan;

	private String tanda;

	ListingFilter toFilter(RegionDirectory regions) {
		String words = q == null || q.isBlank() ? null : q.strip();
		if (words != null && words.length() > MAX_WORDS_LENGTH) {
			words = words.substring(0, MAX_WORDS_LENGTH);
		}
		String district = kecamatan != null && kecamatan.length() <= 20 && regions.exists(kecamatan, RegionLevel.DISTRICT)
				? kecamatan : null;
		return new ListingFilter(words, sector(), district, mark());
	}

	Sector sector() {
		return Arrays.stream(Sector.values()).filter(s -> s.name().equalsIgnoreCase(sektor)).findFirst().orElse(null);
	}

	Mark mark() {
		return Arrays.stream(Mark.values()).filter(m -> m.name().equalsIgnoreCase(tanda)).findFirst().orElse(null);
	}

	/** The list's address with this search, for the pager and the canonical URL. */
	static String url(ListingFilter filter) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/katalog");
		if (filter.words() != null) {
			url.queryParam("q", filter.words());
		}
		if (filter.sector() != null) {
			url.queryParam("sektor", filter.sector().name());
		}
		if (filter.districtCode() != null) {
			url.queryParam("kecamatan", filter.districtCode());
		}
		if (filter.mark() != null) {
			url.queryParam("tanda", filter.mark().name().toLowerCase(Locale.ROOT));
		}
		return url.encode().build().toUriString();
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getSektor() {
		return sektor;
	}

	public void setSektor(String sektor) {
		this.sektor = sektor;
	}

	public String getKecamatan() {
		return kecamatan;
	}

	public void setKecamatan(String kecamatan) {
		this.kecamatan = kecamatan;
	}

	public String getTanda() {
		return tanda;
	}

	public void setTanda(String tanda) {
		this.tanda = tanda;
	}

}
