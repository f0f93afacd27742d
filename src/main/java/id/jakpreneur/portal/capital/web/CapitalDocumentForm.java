package id.jakpreneur.portal.capital.web;

import org.springframework.web.multipart.MultipartFile;

/** A document the participant adds to her capital application; the document module checks the file. */
class CapitalDocumentForm {

	private MultipartFile file;

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
