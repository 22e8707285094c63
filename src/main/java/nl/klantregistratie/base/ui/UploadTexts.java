package nl.klantregistratie.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload component's own texts (its errors, progress and buttons) in the user's language. */
public final class UploadTexts {

    private UploadTexts() {}

    /** The texts for an upload that takes files up to {@code maxMegabytes}. */
    public static UploadI18N of(Component context, int maxMegabytes) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(context.getTranslation("upload.drop.one"))
                        .setMany(context.getTranslation("upload.drop.many")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(context.getTranslation("upload.add.one"))
                        .setMany(context.getTranslation("upload.add.many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(context.getTranslation("upload.error.toomany"))
                        .setFileIsTooBig(context.getTranslation("upload.error.toobig", maxMegabytes))
                        .setIncorrectFileType(context.getTranslation("upload.error.type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(context.getTranslation("upload.status.connecting"))
                                .setStalled(context.getTranslation("upload.status.stalled"))
                                .setProcessing(context.getTranslation("upload.status.processing"))
                                .setHeld(context.getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(context.getTranslation("upload.remaining"))
                                .setUnknown(context.getTranslation("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(context.getTranslation("upload.error.server"))
                                .setUnexpectedServerError(context.getTranslation("upload.error.server"))
                                .setForbidden(context.getTranslation("upload.error.forbidden"))
                                .setFileTooLarge(context.getTranslation("upload.error.toobig", maxMegabytes))))
                .setFile(new UploadI18N.File()
                        .setRetry(context.getTranslation("upload.file.retry"))
                        .setStart(context.getTranslation("upload.file.start"))
                        .setRemove(context.getTranslation("upload.file.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
    }
}
