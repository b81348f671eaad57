package mfainspector.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The written-out equals and hashCode of a report row mean what a record's own would. */
class ReportRowTest {

    private static final ReportRow ROW = new ReportRow("u1", "ana", "ana@example.org", "5550100", "+1", "Activated",
            Optional.of(Instant.parse("2026-11-01T08:00:00Z")), true, false, null, false, Category.SMS_ONLY, "");

    @Test
    void rowsOfTheSameValuesAreEqualAndHashAlike() throws Exception {
        ReportRow same = rebuild(ROW, -1, null);
        assertThat(same).isNotSameAs(ROW).isEqualTo(ROW);
        assertThat(same.hashCode()).isEqualTo(ROW.hashCode());
        assertThat(ROW).isEqualTo(ROW).isNotEqualTo(null).isNotEqualTo("u1");
    }

    @Test
    void aRowDifferingInAnyOneComponentIsNotEqual() throws Exception {
        RecordComponent[] components = ReportRow.class.getRecordComponents();
        Object[] other = {"u2", "bob", "bob@example.org", "5550199", "+44", "Suspended", Optional.empty(), false, true,
                true, null, Category.STRONG, "timeout"};
        assertThat(other).hasSameSizeAs(components);
        for (int i = 0; i < components.length; i++) {
            ReportRow changed = rebuild(ROW, i, other[i]);
            assertThat(changed).as("differing in %s", components[i].getName()).isNotEqualTo(ROW);
            assertThat(ROW).as("differing in %s", components[i].getName()).isNotEqualTo(changed);
        }
    }

    /** {@code row} with component {@code index} replaced by {@code value} (none replaced for -1). */
    private static ReportRow rebuild(ReportRow row, int index, Object value) throws Exception {
        RecordComponent[] components = ReportRow.class.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = i == index ? value : components[i].getAccessor().invoke(row);
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<ReportRow> c = ReportRow.class.getDeclaredConstructor(types);
        return c.newInstance(args);
    }
}
