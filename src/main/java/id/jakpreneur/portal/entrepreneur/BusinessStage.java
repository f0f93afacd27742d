package id.jakpreneur.portal.entrepreneur;

/**
 * How a participant enters the programme: with an idea only ("pemula") or with a business that already runs
 * ("naik kelas", which skips the basic classes).
 */
public enum BusinessStage {

	IDEA, RUNNING

}
