package mfainspector.ui.factors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;
import mfainspector.ui.I18n;

/**
 * One line of the factor table. The shown detail follows the reveal switch and the type label
 * follows the language; both are bindings made once per row (weakly observed, so a replaced row
 * is collected).
 */
public final class FactorRow {

    private final Factor factor;
    private final StringBinding typeLabel;
    private final StringBinding typeDescription;
    private final StringBinding detail;

    FactorRow(Factor factor, I18n i18n, ObservableBooleanValue reveal) {
        this.factor = factor;
        this.typeLabel = FactorTypeText.labelBinding(i18n, factor.type());
        this.typeDescription = FactorTypeText.descriptionBinding(i18n, factor.type());
        this.detail = Bindings.createStringBinding(() -> reveal.get() ? clearDetail() : maskedDetail(), reveal);
    }

    public FactorType type() {
        return factor.type();
    }

    public String typeLabel() {
        return typeLabel.get();
    }

    public ObservableStringValue typeLabelProperty() {
        return typeLabel;
    }

    /** A sentence naming the type in words, for tooltips. */
    public ObservableStringValue typeDescriptionProperty() {
        return typeDescription;
    }

    public String factorId() {
        return factor.factorId();
    }

    public String maskedDetail() {
        return factor.maskedDetail();
    }

    public String clearDetail() {
        return factor.clearDetail();
    }

    /** The detail as the table shows it: masked unless revealed. */
    public ObservableStringValue detailProperty() {
        return detail;
    }

    @Override
    public String toString() {
        return "FactorRow[" + factor + "]";
    }
}
