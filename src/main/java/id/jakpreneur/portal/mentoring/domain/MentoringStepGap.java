package id.jakpreneur.portal.mentoring.domain;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepGap;
import id.jakpreneur.portal.assessment.StepGapSource;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * P3 Pendampingan's gap: the session days of the window still open that holds the most ({@link P3Rule#progress}),
 * of the configured number, until the window's last day. Reads only the days of the last period, one statement.
 */
@Component
class MentoringStepGap implements StepGapSource {

	private final JdbcClient jdbc;

	private final MentoringSettings settings;

	private final Clock clock;

	MentoringStepGap(JdbcClient jdbc, MentoringSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public StepCode step() {
		return StepCode.P3;
	}

	@Override
	public Optional<StepGap> gap(ParticipantView participant) {
		LocalDate today = LocalDate.now(clock);
		List<LocalDate> days = jdbc.sql("""
				select distinct held_on from mentoring_session
				where participant_id = :participantId and held_on > :since
				""")
			.param("participantId", participant.id())
			.param("since", Date.valueOf(today.minusDays(settings.p3PeriodDays())))
			.query(Date.class)
			.list()
			.stream()
			.map(Date::toLocalDate)
			.toList();
		P3Rule.Progress progress = P3Rule.progress(days, today, settings.p3Sessions(), settings.p3PeriodDays());
		String key = progress.until() == null ? "assessment.gap.P3.start" : "assessment.gap.P3";
		return Optional.of(new StepGap(StepCode.P3, key, progress.counted(), progress.needed(), progress.until(),
				Integer.toString(settings.p3PeriodDays())));
	}

}
