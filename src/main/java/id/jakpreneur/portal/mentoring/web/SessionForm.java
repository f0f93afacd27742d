package id.jakpreneur.portal.mentoring.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.mentoring.domain.SessionMode;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A session as the mentor types it, with room for {@value #ACTION_ROWS} agreed actions (empty rows are left out).
 * Money stays text so that "1.500.000" is read the Indonesian way; the month is "yyyy-MM".
 */
public class SessionForm {

	static final int ACTION_ROWS = 5;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	@NotNull(message = "{validation.required}")
	private SessionMode mode;

	@NotNull(message = "{validation.required}")
	@Min(value = 5, message = "{mentoring.session.durationRange}")
	@Max(value = 600, message = "{mentoring.session.durationRange}")
	private Integer durationMinutes;

	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.tooLong}")
	private String topics;

	@Size(max = 2000, message = "{validation.tooLong}")
	private String notes;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate nextMeetingOn;

	@DateTimeFormat(pattern = "yyyy-MM")
	private YearMonth salesMonth;

	@Size(max = 30, message = "{validation.tooLong}")
	private String verifiedSales;

	@Valid
	private List<ActionRow> actions = new ArrayList<>();

	static SessionForm blank(LocalDate today) {
		SessionForm form = new SessionForm();
		form.heldOn = today;
		form.durationMinutes = 60;
		form.fillRows();
		return form;
	}

	/** Pads the action rows to {@value #ACTION_ROWS}, for showing the form. */
	void fillRows() {
		while (actions.size() < ACTION_ROWS) {
			actions.add(new ActionRow());
		}
	}

	/** One agreed action: both parts or neither. */
	public static class ActionRow {

		@Size(max = 300, message = "{validation.tooLong}")
		private String description;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dueOn;

		boolean blank() {
			return (description == null || description.isBlank()) && dueOn == null;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public LocalDate getDueOn() {
			return dueOn;
		}

		public void setDueOn(LocalDate dueOn) {
			this.dueOn = dueOn;
		}

	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public SessionMode getMode() {
		return mode;
	}

	public void setMode(SessionMode mode) {
		this.mode = mode;
	}

	public Integer getDurationMinutes() {
		return durationMinutes;
	}

	public void setDurationMinutes(Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public String getTopics() {
		return topics;
	}

	public void setTopics(String topics) {
		this.topics = topics;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public LocalDate getNextMeetingOn() {
		return nextMeetingOn;
	}

	public void setNextMeetingOn(LocalDate nextMeetingOn) {
		this.nextMeetingOn = nextMeetingOn;
	}

	public YearMonth getSalesMonth() {
		return salesMonth;
	}

	public void setSalesMonth(YearMonth salesMonth) {
		this.salesMonth = salesMonth;
	}

	public String getVerifiedSales() {
		return verifiedSales;
	}

	public void setVerifiedSales(String verifiedSales) {
		this.verifiedSales = verifiedSales;
	}

	public List<ActionRow> getActions() {
		return actions;
	}

	public void setActions(List<ActionRow> actions) {
		this.actions = actions == null ? new ArrayList<>() : actions;
	}

}
