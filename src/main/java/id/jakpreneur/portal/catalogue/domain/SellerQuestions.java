package id.jakpreneur.portal.catalogue.domain;

import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ask the seller: a visitor's question about a published product reaches its entrepreneur as a notice (bell, and
 * e-mail or WhatsApp by her preferences) naming the asker's contact, so she replies herself; her own contact is never
 * shown to the asker. Counted per address, per seller and overall ({@link QuestionLimiter}).
 */
@Service
@Transactional
public class SellerQuestions {

	private final JdbcClient jdbc;

	private final QuestionLimiter limiter;

	private final Notifications notifications;

	SellerQuestions(JdbcClient jdbc, QuestionLimiter limiter, Notifications notifications) {
		this.jdbc = jdbc;
		this.limiter = limiter;
		this.notifications = notifications;
	}

	/**
	 * Sends the question to the seller; false (nothing sent) when over a limit.
	 * @throws NotFoundException when the product is not published (or its seller has no account)
	 */
	public boolean ask(long productId, Question question, String clientAddress) {
		Seller seller = jdbc.sql("""
				select l.participant_id, l.name, p.account_id from catalogue_listing l
				join participant_directory p on p.id = l.participant_id
				where l.product_id = :productId and p.account_id is not null
				""")
			.param("productId", productId)
			.query((rs, n) -> new Seller(rs.getLong("participant_id"), rs.getLong("account_id"), rs.getString("name")))
			.optional()
			.orElseThrow(NotFoundException::new);
		if (!limiter.tryAcquire(clientAddress, seller.participantId())) {
			return false;
		}
		// quoted, so that nothing the asker types is read as a message key ("msg:...")
		notifications.send(seller.accountId(), NoticeKind.SELLER_QUESTION, "/me/outlets/products/" + productId, null,
				seller.productName(), question.askerName().strip(), question.replyTo().strip(),
				"\u201c" + question.message().strip() + "\u201d");
		return true;
	}

	private record Seller(long participantId, long accountId, String productName) {
	}

}
