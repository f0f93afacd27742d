package id.jakpreneur.portal.partner.domain;

import id.jakpreneur.portal.assessment.SizeClass;

import java.time.LocalDate;

import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.Sector;

/** What offer matching looks at in a participant: sector, size class and where the business is. */
public record Applicant(Sector sector, SizeClass sizeClass, String districtCode, String cityCode) {

	public static Applicant of(ParticipantView participant, LocalDate today) {
		var business = participant.business();
		return new Applicant(business.sector(),
				SizeClass.ofBusiness(business.startedOn(), today, business.capital(), business.monthlySales()),
				participant.districtCode(), participant.cityCode());
	}

}
