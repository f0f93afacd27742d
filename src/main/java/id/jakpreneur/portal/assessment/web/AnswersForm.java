package id.jakpreneur.portal.assessment.web;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;

import id.jakpreneur.portal.assessment.domain.Answers;
import id.jakpreneur.portal.assessment.policy.MainObstacle;
import id.jakpreneur.portal.entrepreneur.BusinessDetails;
import id.jakpreneur.portal.entrepreneur.BusinessFactsForm;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The assessment questionnaire as typed: the business facts every participant form shares, and the questions
 * only the assessment asks. The business facts start from the profile; the extra questions start
 * from the latest assessment's answers, or empty, so that they are answered on purpose. Simple rules are
 * annotations; the rules that depend on other answers are in {@link AnswersFormValidator}. Money stays text so
 * that "1.500.000" is read the Indonesian way.
 */
public class AnswersForm extends BusinessFactsForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate runningSince;

	private Boolean sellsRegularly;

	private Boolean hasPackaging;

	private Boolean hasLabel;

	private Boolean knowsShelfLife;

	@NotNull(message = "{validation.required}")
	private Boolean separatesMoney;

	@NotNull(message = "{validation.required}")
	private Boolean hasDigitalPresence;

	@NotNull(message = "{validation.required}")
	private MainObstacle mainObstacle;

	public AnswersForm() {
		super("assessment.form.", "runningSince");
	}

	@Override
	protected LocalDate startedOn() {
		return runningSince;
	}

	/** The profile's business facts, and the extra answers of the latest assessment when there is one. */
	static AnswersForm of(BusinessDetails profile, Optional<Answers> latest) {
		AnswersForm form = new AnswersForm();
		form.fill(profile);
		form.runningSince = profile.startedOn();
		latest.ifPresent(form::answerExtras);
		return form;
	}

	/** A form holding given answers, e.g. the latest assessment's, for a mentor who cannot open the profile. */
	static AnswersForm of(Answers answers) {
		AnswersForm form = new AnswersForm();
		form.fill(answers.stage(), answers.sector(), answers.capital(), answers.monthlySales(), answers.employees(),
				answers.channels(), answers.licences(), answers.keepsBooks(), answers.hadCredit());
		form.runningSince = answers.runningSince();
		form.answerExtras(answers);
		if (answers.stage() != BusinessStage.RUNNING) {
			form.sellsRegularly = null;
		}
		return form;
	}

	/** The answers to the questions only the assessment asks. */
	private void answerExtras(Answers answers) {
		sellsRegularly = answers.sellsRegularly();
		hasPackaging = answers.hasPackaging();
		hasLabel = answers.hasLabel();
		knowsShelfLife = answers.knowsShelfLife();
		separatesMoney = answers.separatesMoney();
		hasDigitalPresence = answers.hasDigitalPresence();
		mainObstacle = answers.mainObstacle();
	}

	public LocalDate getRunningSince() {
		return runningSince;
	}

	public void setRunningSince(LocalDate runningSince) {
		this.runningSince = runningSince;
	}

	public Boolean getSellsRegularly() {
		return sellsRegularly;
	}

	public void setSellsRegularly(Boolean sellsRegularly) {
		this.sellsRegularly = sellsRegularly;
	}

	public Boolean getHasPackaging() {
		return hasPackaging;
	}

	public void setHasPackaging(Boolean hasPackaging) {
		this.hasPackaging = hasPackaging;
	}

	public Boolean getHasLabel() {
		return hasLabel;
	}

	public void setHasLabel(Boolean hasLabel) {
		this.hasLabel = hasLabel;
	}

	public Boolean getKnowsShelfLife() {
		return knowsShelfLife;
	}

	public void setKnowsShelfLife(Boolean knowsShelfLife) {
		this.knowsShelfLife = knowsShelfLife;
	}

	public Boolean getSeparatesMoney() {
		return separatesMoney;
	}

	public void setSeparatesMoney(Boolean separatesMoney) {
		this.separatesMoney = separatesMoney;
	}

	public Boolean getHasDigitalPresence() {
		return hasDigitalPresence;
	}

	public void setHasDigitalPresence(Boolean hasDigitalPresence) {
		this.hasDigitalPresence = hasDigitalPresence;
	}

	public MainObstacle getMainObstacle() {
		return mainObstacle;
	}

	public void setMainObstacle(MainObstacle mainObstacle) {
		this.mainObstacle = mainObstacle;
	}

}
