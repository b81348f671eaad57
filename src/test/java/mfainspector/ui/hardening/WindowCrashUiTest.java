package mfainspector.ui.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mfainspector.genauth.Lang;
import mfainspector.settings.AppSettings;
import mfainspector.settings.Profile;
import mfainspector.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edit the window shows as saved is on disk: the process killed right after loses nothing. */
class WindowCrashUiTest {

    /** The headless toolkit, as the build's test configuration sets it. */
    private static final List<String> HEADLESS = List.of("testfx.robot", "testfx.headless", "glass.platform",
            "monocle.platform", "prism.order", "java.awt.headless");

    @TempDir
    Path dir;

    @Test
    void anEditShownAsSavedSurvivesTheProcessBeingKilled() throws Exception {
        Profile prod = Profile.blank("Production", Lang.EN_US).withHost("https://before.example.com").withAppId("app-1");
        new SettingsStore(dir).save(AppSettings.defaults().withProfiles(List.of(prod)).withSelectedProfileId(prod.id()));

        Process child = new ProcessBuilder(command("https://after.example.com")).redirectErrorStream(true).start();
        CompletableFuture<Void> saved = new CompletableFuture<>();
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.equals(EditThenWaitMain.SAVED)) {
                        saved.complete(null);
                    }
                }
            } catch (Exception e) {
                saved.completeExceptionally(e);
            }
            saved.completeExceptionally(new AssertionError("the window never said Saved"));
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        try {
            saved.get(90, TimeUnit.SECONDS);
        } catch (Exception e) {
            synchronized (output) {
                throw new AssertionError("child output:\n" + String.join("\n", output), e);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }

        List<Profile> onDisk = new SettingsStore(dir).load().settings().profiles();
        assertThat(onDisk).extracting(Profile::host).containsExactly("https://after.example.com");
    }

    private List<String> command(String newHost) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String key : HEADLESS) {
            String value = System.getProperty(key);
            if (value != null) {
                cmd.add("-D" + key + "=" + value);
            }
        }
        cmd.add("-Dmfainspector.home=" + dir);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(EditThenWaitMain.class.getName());
        cmd.add(dir.toString());
        cmd.add(newHost);
        return cmd;
    }
}
