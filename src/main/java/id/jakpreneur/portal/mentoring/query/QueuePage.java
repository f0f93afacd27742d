package id.jakpreneur.portal.mentoring.query;

import java.util.List;

/**
 * One page of the assignment queue: its rows, its number (for showing only), and the tokens of the positions the
 * previous and next pages start from ({@code null} when there is none).
 */
public record QueuePage(List<QueueEntry> content, int number, String previous, String next) {

	public QueuePage {
		content = List.copyOf(content);
	}

	public boolean hasPrevious() {
		return previous != null;
	}

	public boolean hasNext() {
		return next != null;
	}

}
