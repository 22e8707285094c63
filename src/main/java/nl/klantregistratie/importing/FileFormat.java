package nl.klantregistratie.importing;

/** The file types of templates and exports: CSV for Dutch Excel, or an Excel workbook. */
public enum FileFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    FileFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** "CSV", "Excel". */
    public String translationKey() {
        return "fileformat." + extension;
    }
}
