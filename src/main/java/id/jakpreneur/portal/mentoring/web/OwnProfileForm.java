package id.jakpreneur.portal.mentoring.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A mentor sets their own capacity (within the officer's limit) and pauses or resumes. */
public class OwnProfileForm {

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{mentoring.mentor.capacityRange}")
	private Integer capacity;

	private boolean paused;

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public boolean isPaused() {
		return paused;
	}

	public void setPaused(boolean paused) {
		this.paused = paused;
	}

}
