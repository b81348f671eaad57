package mfainspector.genauth;

import java.util.Locale;

/** The language GenAuth writes its {@code message} in. */
public enum Lang {
    EN_US("en-US"), ZH_CN("zh-CN");

    private final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public static Lang parse(String s) {
        String v = s == null ? "" : s.strip();
        for (Lang l : values()) {
            if (l.tag.equalsIgnoreCase(v) || l.name().equalsIgnoreCase(v)) {
                return l;
            }
        }
        throw new IllegalArgumentException("Unknown language '" + s + "': use en-US or zh-CN");
    }

    /** The language that fits a UI locale: Chinese for {@code zh*}, English otherwise. */
    public static Lang forLocale(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? ZH_CN : EN_US;
    }
}
