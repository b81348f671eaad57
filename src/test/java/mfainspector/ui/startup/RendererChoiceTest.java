package mfainspector.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The software renderer is chosen up front only on Linux without a GPU device, and never over the user's choice. */
class RendererChoiceTest {

    @TempDir
    Path dev;

    @Test
    void linuxWithoutAGpuDeviceGetsTheSoftwareRendererWithoutRegionCaching() throws Exception {
        Files.createFile(dev.resolve("null"));
        Files.createDirectory(dev.resolve("dri")); // present but empty, as in some containers
        assertThat(RendererChoice.choose("Linux", dev, name -> false))
                .containsExactly(Map.entry("prism.order", "sw"), Map.entry("prism.disableRegionCaching", "true"));
    }

    @Test
    void aDriNodeOrAnNvidiaDeviceLeavesTheChoiceToJavaFx() throws Exception {
        Files.createDirectories(dev.resolve("dri"));
        Files.createFile(dev.resolve("dri/renderD128"));
        assertThat(RendererChoice.choose("Linux", dev, name -> false)).isEmpty();

        Path nvidia = Files.createTempDirectory(dev, "other");
        Files.createFile(nvidia.resolve("nvidia0"));
        assertThat(RendererChoice.choose("Linux", nvidia, name -> false)).isEmpty();
    }

    @Test
    void otherSystemsAreLeftAlone() {
        assertThat(RendererChoice.choose("Windows 11", dev, name -> false)).isEmpty();
        assertThat(RendererChoice.choose("Mac OS X", dev, name -> false)).isEmpty();
    }

    @Test
    void whatTheUserSetWins() {
        assertThat(RendererChoice.choose("Linux", dev, Set.of("prism.order")::contains)).isEmpty();
        assertThat(RendererChoice.choose("Linux", dev, Set.of("prism.disableRegionCaching")::contains))
                .containsExactly(Map.entry("prism.order", "sw"));
    }

    @Test
    void anUnreadableDeviceFolderCountsAsAGpu() {
        assertThat(RendererChoice.choose("Linux", dev.resolve("missing"), name -> false)).isEmpty();
    }
}
