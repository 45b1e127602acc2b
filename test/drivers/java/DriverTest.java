import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.util.PGobject;

/** JDBC: salary_range both ways, parse_posting as JSON, meets_requirements with a bound jsonb. Prints TAP. */
public class DriverTest {
    static final List<String> results = new ArrayList<>();

    static void check(boolean ok, String name) {
        results.add((ok ? "ok " : "not ok ") + (results.size() + 1) + " - " + name);
    }

    static PGobject jsonb(String text) throws SQLException {
        PGobject o = new PGobject();
        o.setType("jsonb");
        o.setValue(text);
        return o;
    }

    public static void main(String[] args) {
        String host = System.getenv().getOrDefault("PGHOST", "localhost");
        String port = System.getenv().getOrDefault("PGPORT", "5432");
        String db = System.getenv().getOrDefault("PGDATABASE", "postgres");
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + db;
        try (Connection conn = DriverManager.getConnection(url, System.getenv("PGUSER"),
                System.getenv("PGPASSWORD"))) {
            conn.unwrap(PGConnection.class).addDataType("salary_range", SalaryRange.class);
            try (Statement st = conn.createStatement();
                 ResultSet rs = st.executeQuery("SELECT '$50/hour'::salary_range")) {
                rs.next();
                Object v = rs.getObject(1);
                check(v instanceof SalaryRange, "JDBC: salary_range is read as SalaryRange");
                SalaryRange s = (SalaryRange) v;
                check(s.min.compareTo(new BigDecimal("50")) == 0 && s.period.equals("HOUR"),
                    "JDBC: $50/hour reads as 50 USD/HOUR");
            }
            try (Statement st = conn.createStatement()) {
                st.execute("CREATE TEMP TABLE pay (id int, pay salary_range)");
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO pay VALUES (?, ?)")) {
                ps.setInt(1, 1);
                ps.setObject(2, new SalaryRange(new BigDecimal("120000"), new BigDecimal("150000"), "USD", "YEAR"));
                ps.executeUpdate();
                ps.setInt(1, 2);
                ps.setObject(2, new SalaryRange(null, new BigDecimal("3000.5"), "GBP", "MONTH"));
                ps.executeUpdate();
            }
            try (Statement st = conn.createStatement();
                 ResultSet rs = st.executeQuery("SELECT pay::text FROM pay ORDER BY id")) {
                rs.next();
                String a = rs.getString(1);
                rs.next();
                String b = rs.getString(1);
                check(a.equals("120000..150000 USD/YEAR") && b.equals("..3000.5 GBP/MONTH"),
                    "JDBC: SalaryRange parameters are written as canonical literals");
            }
            String raw = "Staff Accountant\nSalary: $70,000 - $85,000 per year\n"
                + "3+ years of accounting experience required. Bachelor's degree in Accounting required. CPA preferred.";
            String doc;
            try (PreparedStatement ps = conn.prepareStatement("SELECT parse_posting(?)")) {
                ps.setString(1, raw);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    doc = rs.getString(1);
                }
            }
            check(doc.contains("\"baseSalary\"") && doc.contains("70000"),
                "JDBC: parse_posting jsonb is read as JSON text with baseSalary");
            try (PreparedStatement ps = conn.prepareStatement("SELECT meets_requirements(?, ?)")) {
                // the candidate lists every skill the posting names (taken from the doc on the server)
                String skills;
                try (PreparedStatement q = conn.prepareStatement(
                        "SELECT coalesce(jsonb_agg(s->'name'), '[]') FROM jsonb_array_elements(?::jsonb->'skills') s")) {
                    q.setString(1, doc);
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        skills = rs.getString(1);
                    }
                }
                ps.setObject(1, jsonb("{\"yearsOfExperience\": 5, \"educationalLevel\": \"bachelor\", \"skills\": " + skills + "}"));
                ps.setObject(2, jsonb(doc));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    check(rs.getBoolean(1), "JDBC: meets_requirements with bound jsonb parameters");
                }
            }
            try (PreparedStatement ps = conn.prepareStatement("SELECT meets_requirements(?, ?)")) {
                ps.setObject(1, jsonb("{\"educationalLevel\": 7}"));
                ps.setObject(2, jsonb(doc));
                ps.executeQuery();
                check(false, "JDBC: wrong-typed candidate key raises 22023");
            } catch (SQLException e) {
                check("22023".equals(e.getSQLState()), "JDBC: wrong-typed candidate key raises 22023");
            }
        } catch (Exception e) {
            check(false, "JDBC: " + e);
        }
        results.forEach(System.out::println);
        System.out.println("1.." + results.size());
    }
}
