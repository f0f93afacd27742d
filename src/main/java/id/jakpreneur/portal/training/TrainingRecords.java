package id.jakpreneur.portal.training;

import java.util.List;

/** What other modules read of a participant's training: their certificates and the titles of classes. */
public interface TrainingRecords {

	/** The participant's latest certificates (at most ten, newest first), each as "number — class title". */
	List<String> certificatesOf(long participantId);

	/** The title of a class, or "" when there is none. */
	String classTitle(long classId);

}
