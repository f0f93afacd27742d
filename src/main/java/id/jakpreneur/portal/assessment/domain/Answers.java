package id.jakpreneur.portal.assessment.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.policy.AssessmentInput;
import id.jakpreneur.portal.assessment.policy.MainObstacle;
import id.jakpreneur.portal.entrepreneur.BusinessDetails;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;

/**
 * The questionnaire as answered: the business facts (which start from the profile) and the extra questions. They
 * are stored with every assessment, so that the same answers can be assessed again when a step is completed or the
 * policy changes. The portal adds the day, the completed steps and the previous phase ({@link #toInput}).
 */
public record Answers(BusinessStage stage, LocalDate runningSince, Sector sector, boolean sellsRegularly,
		long monthlySales, long capital, int employees, Map<LicenceType, String> licences, boolean hasPackaging,
		boolean hasLabel, boolean knowsShelfLife, Set<SalesChannel> channels, boolean keepsBooks,
		boolean separatesMoney, boolean hadCredit, boolean hasDigitalPresence, MainObstacle mainObstacle) {

	/** Channels through which a business can be found online. */
	private static final Set<SalesChannel> ONLINE = EnumSet.of(SalesChannel.MARKETPLACE, SalesChannel.SOCIAL_MEDIA);

	public Answers {
		Objects.requireNonNull(stage, "stage");
		Objects.requireNonNull(sector, "sector");
		Objects.requireNonNull(mainObstacle, "mainObstacle");
		licences = Map.copyOf(Objects.requireNonNull(licences, "licences"));
		channels = Set.copyOf(Objects.requireNonNull(channels, "channels"));
		if (stage == BusinessStage.IDEA) {
			runningSince = null;
		}
	}

	/**
	 * What the profile alone says, for a participant who never answered the questionnaire. It assumes the least
	 * about what the profile does not hold: regular sales only when a running business reports monthly sales, no
	 * packaging or label, money not separated, online only through a marketplace or social media, no obstacle named.
	 */
	public static Answers fromProfile(BusinessDetails business) {
		boolean running = business.stage() == BusinessStage.RUNNING && business.startedOn() != null;
		return new Answers(business.stage(), running ? business.startedOn() : null, business.sector(),
				running && business.monthlySales() > 0, business.monthlySales(), business.capital(),
				business.employees(), business.licences(), false, false, false, business.channels(),
				business.keepsBooks(), false, business.hadCredit(),
				business.channels().stream().anyMatch(ONLINE::contains), MainObstacle.NONE);
	}

	/** These answers as the policy's input on a given day. */
	public AssessmentInput toInput(LocalDate assessedOn, Set<StepCode> completedSteps, Phase previousPhase) {
		return new AssessmentInput(stage, runningSince, assessedOn, sector, sellsRegularly, monthlySales, capital,
				employees, licences, hasPackaging, hasLabel, knowsShelfLife, channels, keepsBooks, separatesMoney,
				hadCredit, hasDigitalPresence, mainObstacle, completedSteps, previousPhase);
	}

}
