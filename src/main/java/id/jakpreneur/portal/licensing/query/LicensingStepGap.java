package id.jakpreneur.portal.licensing.query;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepGap;
import id.jakpreneur.portal.assessment.StepGapSource;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.licensing.LicenceLine;
import id.jakpreneur.portal.licensing.ParticipantLicences;
import org.springframework.stereotype.Component;

/**
 * P4 Perizinan's gap, through the module's own {@link ParticipantLicences}: of the licences the route requires, how
 * many count ({@link LicenceLine#done()}: issued, unexpired, verified), and the names of the others. One statement.
 */
@Component
class LicensingStepGap implements StepGapSource {

	private final ParticipantLicences licences;

	LicensingStepGap(ParticipantLicences licences) {
		this.licences = licences;
	}

	@Override
	public StepCode step() {
		return StepCode.P4;
	}

	@Override
	public Optional<StepGap> gap(ParticipantView participant) {
		List<LicenceLine> required = licences.of(participant).stream().filter(LicenceLine::required).toList();
		if (required.isEmpty()) {
			return Optional.empty();
		}
		int done = (int) required.stream().filter(LicenceLine::done).count();
		String missing = required.stream()
			.filter(l -> !l.done())
			.map(l -> l.type().documentName())
			.collect(Collectors.joining(", "));
		return Optional.of(new StepGap(StepCode.P4, "assessment.gap.P4", done, required.size(), null, missing));
	}

}
