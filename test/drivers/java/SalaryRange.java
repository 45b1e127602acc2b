import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PGobject;

/** A small JDBC adapter giving salary_range a native value (open bounds are null). */
public class SalaryRange extends PGobject {
    private static final Pattern LITERAL = Pattern.compile(
        "^(-?[0-9.]+)?(\\.\\.)?(-?[0-9.]+)? ([A-Z]{3})/(HOUR|DAY|WEEK|MONTH|YEAR)$");

    public BigDecimal min;
    public BigDecimal max;
    public String currency = "USD";
    public String period = "YEAR";

    public SalaryRange() {
        setType("salary_range");
    }

    public SalaryRange(BigDecimal min, BigDecimal max, String currency, String period) {
        this();
        this.min = min;
        this.max = max;
        this.currency = currency;
        this.period = period;
    }

    /** Parse jobreq's canonical output. */
    @Override
    public void setValue(String value) throws SQLException {
        super.setValue(value);
        if (value == null) return;
        Matcher m = LITERAL.matcher(value);
        if (!m.matches()) throw new SQLException("not a salary_range literal: " + value);
        min = m.group(1) == null ? null : new BigDecimal(m.group(1));
        max = m.group(2) == null ? min : (m.group(3) == null ? null : new BigDecimal(m.group(3)));
        currency = m.group(4);
        period = m.group(5);
    }

    /** The canonical literal, sent as the parameter value. */
    @Override
    public String getValue() {
        String lo = min == null ? "" : min.stripTrailingZeros().toPlainString();
        String hi = max == null ? "" : max.stripTrailingZeros().toPlainString();
        String body = (min != null && max != null && min.compareTo(max) == 0) ? lo : lo + ".." + hi;
        return body + " " + currency + "/" + period;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SalaryRange)) return false;
        SalaryRange s = (SalaryRange) o;
        return getValue().equals(s.getValue());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getValue());
    }
}
