package dev.heygenkit.reliability;

import java.util.ArrayList;
import java.util.List;

/** All hostile cases, by area, measured into the hostile-input table. */
final class HostileInputs {
    private HostileInputs() {
    }

    static List<Hostile> cases(HostileWorld w) {
        List<Hostile> all = new ArrayList<>();
        all.addAll(HostileCliCases.cases(w));
        all.addAll(HostileEnvCases.cases(w));
        all.addAll(HostileFileCases.cases(w));
        all.addAll(HostileDslCases.cases(w));
        all.addAll(HostileServerCases.cases(w));
        return all;
    }

    static Section measure() {
        Section s = new Section("Hostile inputs", ReliabilityHostileTest.class, "#", "area", "input", "outcome", "exit", "requests");
        int bad = 0;
        try (HostileWorld w = HostileWorld.start()) {
            List<Hostile> cases = cases(w);
            int n = 0;
            for (Hostile h : cases) {
                Hostile.Outcome o = h.measure();
                n++;
                String text = o.bad() == null ? o.text() : "BAD: " + o.bad() + " — " + o.text();
                s.row(h.id(), o.bad(), String.valueOf(n), h.area(), h.input(), text,
                        o.exit() == null ? "—" : o.exit().toString(), o.requests() < 0 ? "?" : String.valueOf(o.requests()));
                if (o.bad() != null) {
                    bad++;
                }
            }
            s.figure(cases.size() + " hostile inputs, " + bad + " BAD.");
        }
        s.note("\"requests\" counts every request the case's server (the sandbox or a WireMock playing a hostile API) saw "
                + "during the case. A case is BAD when it hangs, throws an untyped exception or a stack trace, prints raw "
                + "control characters, writes outside its folder, echoes a huge input, or, for a problem that can be found "
                + "locally, sends a create or exits with anything but 2.");
        return s;
    }
}
