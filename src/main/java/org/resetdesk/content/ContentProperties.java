package org.resetdesk.content;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the editable content lives. Each folder is read from the working directory when it exists there, otherwise
 * from the copy packaged on the classpath, so an administrator can edit texts without rebuilding.
 */
@Validated
@ConfigurationProperties("resetdesk.content")
public record ContentProperties(@NotNull @DefaultValue("dialogs") Path dialogsDir,
        @NotNull @DefaultValue("knowledge") Path knowledgeDir) {
}
