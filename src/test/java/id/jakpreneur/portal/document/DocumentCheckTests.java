package id.jakpreneur.portal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.outlet.PhotoFixtures;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an upload must be to be kept: its type is decided by its content (never its name or declared type), a PDF
 * must be whole, an image is kept without its metadata, and the size limit holds; a refused upload stores nothing.
 */
@PortalWebTest
class DocumentCheckTests {

	@Autowired
	Documents documents;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	long participantId;

	long subjectId;

	@BeforeEach
	void participant() {
		participantId = new TestParticipants(registration, records, accounts)
			.registerValidated("Pengunggah Bukti", "31.71.01.1001", Sector.KULINER)
			.id();
		subjectId = System.nanoTime();
	}

	private StoredDocument attach(MockMultipartFile file) {
		return documents.attach(participantId, DocumentPurpose.LICENCE, subjectId, file, 1);
	}

	private byte[] stored(long id) {
		return jdbc.sql("select bytes from document_content where document_id = :id").param("id", id)
			.query(byte[].class).single();
	}

	@Test
	void aPdfIsKeptAsItCameUnderItsSanitisedName() {
		StoredDocument doc = attach(DocumentFixtures.file("../../Izin Usaha (NIB)?.pdf", "text/html",
				DocumentFixtures.pdf()));

		assertThat(doc.contentType()).isEqualTo("application/pdf");
		assertThat(doc.filename()).isEqualTo("Izin Usaha _NIB_.pdf");
		assertThat(doc.sizeBytes()).isEqualTo(DocumentFixtures.pdf().length);
		assertThat(stored(doc.id())).isEqualTo(DocumentFixtures.pdf());
		assertThat(jdbc.sql("select sha256 from document where id = :id").param("id", doc.id()).query(String.class)
			.single()).hasSize(64);
		assertThat(documents.of(DocumentPurpose.LICENCE, subjectId)).containsExactly(doc);
	}

	@Test
	void theTypeIsTheContentsNotTheNames() {
		StoredDocument doc = attach(DocumentFixtures.file("sertifikat.pdf", "application/pdf", PhotoFixtures.png()));

		assertThat(doc.contentType()).isEqualTo("image/png");
		assertThat(doc.filename()).isEqualTo("sertifikat.png");
		assertThat(documents.content(doc.id()).bytes()).startsWith(0x89, 'P', 'N', 'G');
	}

	@Test
	void aProgramRenamedPdfAndATruncatedPdfAreRefusedAndNothingIsStored() {
		byte[] pdf = DocumentFixtures.pdf();
		byte[][] refused = { DocumentFixtures.exe(), Arrays.copyOf(pdf, pdf.length - 8),
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII),
				Arrays.copyOf(PhotoFixtures.png(), PhotoFixtures.png().length / 2) };
		for (byte[] bytes : refused) {
			assertThatThrownBy(() -> attach(DocumentFixtures.file("nib.pdf", "application/pdf", bytes)))
				.isInstanceOfSatisfying(DocumentRefusedException.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("document.file.type"));
		}
		assertThatThrownBy(() -> attach(DocumentFixtures.file("kosong.pdf", "application/pdf", new byte[0])))
			.hasMessage("document.file.required");
		assertThat(documents.of(DocumentPurpose.LICENCE, subjectId)).isEmpty();
	}

	@Test
	void aRefusalLeavesTheCallersTransactionUsable() {
		StoredDocument kept = transactions.execute(status -> {
			assertThatThrownBy(() -> attach(DocumentFixtures.file("nib.pdf", "application/pdf", DocumentFixtures.exe())))
				.isInstanceOf(DocumentRefusedException.class);
			return attach(DocumentFixtures.file("nib.pdf", "application/pdf", DocumentFixtures.pdf()));
		});

		assertThat(documents.of(DocumentPurpose.LICENCE, subjectId)).containsExactly(kept);
	}

	@Test
	void aFileOverTheLimitIsRefused() {
		int limit = (int) documents.maxBytes();
		assertThat(limit).isEqualTo(5 * 1024 * 1024);

		assertThatThrownBy(() -> attach(DocumentFixtures.file("besar.pdf", "application/pdf",
				DocumentFixtures.pdfOfSize(limit + 1))))
			.hasMessage("document.file.tooLarge");
		assertThat(attach(DocumentFixtures.file("pas.pdf", "application/pdf", DocumentFixtures.pdfOfSize(limit)))
			.sizeBytes()).isEqualTo(limit);
	}

	@Test
	void aJpegsExifWithItsGpsPositionIsNotKept() throws Exception {
		byte[] withGps = PhotoFixtures.jpegWithGps();
		assertThat(new String(withGps, StandardCharsets.ISO_8859_1)).contains("Exif\0\0");

		StoredDocument doc = attach(DocumentFixtures.file("nota.jpg", "image/jpeg", withGps));

		byte[] kept = stored(doc.id());
		assertThat(doc.contentType()).isEqualTo("image/jpeg");
		assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
		assertThat(ImageIO.read(new ByteArrayInputStream(kept)).getWidth()).isEqualTo(64);
	}

	@Test
	void documentsOfManyRecordsComeInOneMap() {
		StoredDocument first = attach(DocumentFixtures.file("a.pdf", "application/pdf", DocumentFixtures.pdf()));
		long other = subjectId + 1;
		StoredDocument second = documents.attach(participantId, DocumentPurpose.LICENCE, other,
				DocumentFixtures.file("b.pdf", "application/pdf", DocumentFixtures.pdf()), 1);

		assertThat(documents.of(DocumentPurpose.LICENCE, java.util.List.of(subjectId, other, -5L)))
			.containsOnlyKeys(subjectId, other)
			.containsEntry(subjectId, java.util.List.of(first))
			.containsEntry(other, java.util.List.of(second));
		assertThat(documents.of(DocumentPurpose.FINANCIAL_REPORT, java.util.List.of(subjectId))).isEmpty();

		documents.delete(first.id());
		assertThat(documents.of(DocumentPurpose.LICENCE, subjectId)).isEmpty();
		assertThat(jdbc.sql("select count(*) from document_content where document_id = :id").param("id", first.id())
			.query(Long.class).single()).isZero();
	}

}
