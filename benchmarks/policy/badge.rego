# The Party membership badge rule of the 2021 regime (Quy định 24-QĐ/TW,
# 30/07/2021; Hướng dẫn 01-HD/TW, 28/09/2021, mục 18), as decided by
# chibo's award.Regime2021.Check, written in Rego (OPA v1) for the
# side-by-side benchmarks.
#
# Common path only: a living member with no discipline record and no
# confirmed serious illness (no deferral, no posthumous or early award).
#
# input:
#   start     day number of the admission decision (card date as fallback)
#   official  day number of the recognition as official, 0 while probationary
#   round     day number of the round decided
#   gaps      [{kind, from, to}]: kind expelled, struck-off, lost-contact,
#             transfer or restored; both ends inclusive; to 0 while open
#   badges    milestones already received
#
# Day numbers: 0001-01-01 is day 1.
#
# output: data.chibo.badge.decision = {status, milestone, due, round}
package chibo.badge

milestones := [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]

# The four yearly occasions (HD 01-HD/TW 2021, mục 18): 3/2, 19/5, 2/9, 7/11.
occasions := [[2, 3], [5, 19], [9, 2], [11, 7]]

ends_membership := {"expelled", "struck-off"}

# ---- civil dates on day numbers -------------------------------------------

# OPA's time built-ins count nanoseconds from 1970-01-01 UTC.
ns_per_day := 86400000000000

unix_day := 719163 # the day number of 1970-01-01

ns(n) := (n - unix_day) * ns_per_day

day_of(t) := (t / ns_per_day) + unix_day

# add_years adds whole years, clamping to the end of the month:
# 29/02/1996 + 30 years = 28/02/2026. time.add_date normalises instead
# (to 01/03/2026): step back the days it ran into the next month.
add_years(n, k) := day_of(t) - overrun(time.date(ns(n))[2], time.date(t)[2]) if {
	t := time.add_date(ns(n), k, 0, 0)
}

overrun(day_before, day_after) := day_after if {
	day_after != day_before
} else := 0

# next_round is the first round on or after day n (inclusive); 0 for 0.
next_round(n) := 0 if {
	n == 0
} else := min([day_of(r) |
	some dy in [0, 1]
	some o in occasions
	r := time.add_date(t, dy, o[0] - c[1], o[1] - c[2]) # o's date in c's year + dy
	r >= t
]) if {
	t := ns(n)
	c := time.date(t)
}

# ---- membership -------------------------------------------------------------

# contains_day: the gap covers day d (an open gap runs on).
contains_day(g, d) if {
	g.from <= d
	g.to == 0
}

contains_day(g, d) if {
	g.from <= d
	d <= g.to
}

# outside: expelled or struck off on the round date, not yet readmitted.
outside if {
	some g in input.gaps
	g.kind in ends_membership
	contains_day(g, input.round)
}

# official: recognised on or before the round...
official if {
	input.official != 0
	input.official <= input.round
}

# ... or, for a readmitted member recognised again later, the round falls in
# the membership before the exit.
official if {
	input.official > input.round
	some g in input.gaps
	g.kind in ends_membership
	g.to != 0
	input.round < g.from
	input.round >= input.start
}

# ---- party age --------------------------------------------------------------

# kept: a period that still matters once clipped to the start.
kept(_, to) if to == 0

kept(from, to) if to >= from

# periods not counted (all kinds but restored), clipped to the start, each
# as [from, to, days of the closed periods that begin before it].
not_counted := [[from, g.to] |
	some g in input.gaps
	g.kind != "restored"
	from := max([g.from, input.start])
	kept(from, g.to)
]

periods := [[p[0], p[1], before] |
	some p in not_counted
	before := sum([days | some q in not_counted; q[1] != 0; q[0] < p[0]; days := (q[1] - q[0]) + 1])
]

# limit: taking the periods in date order, the first one that begins on or
# after the milestone date pushed by the periods before it; the periods from
# it on do not move the milestone.
limit(base) := min(s) if {
	s := {p[0] | some p in periods; p[0] >= base + p[2]}
	count(s) > 0
} else := 999999999

# reaches is the milestone date of the given years: start + years (clamped)
# + every day not counted before it; 0 when a period that has not ended
# comes first.
reaches(years) := pushed(base, limit(base)) if {
	base := add_years(input.start, years)
}

pushed(base, lim) := 0 if {
	some p in periods
	p[1] == 0
	p[0] < lim
} else := base + sum([days | some p in periods; p[1] != 0; p[0] < lim; days := (p[1] - p[0]) + 1])

# ---- the decision -----------------------------------------------------------

default held := 0

held := max(input.badges) if count(input.badges) > 0

# the milestones above every badge held, with their dates
dues := [[y, d] | some y in milestones; y > held; d := reaches(y)]

reached := [x | some x in dues; x[1] != 0; x[1] <= input.round]

decision := {"status": "ineligible", "milestone": 0, "due": 0, "round": 0} if {
	outside
} else := {"status": "not-due", "milestone": 0, "due": 0, "round": 0} if {
	not official
} else := {"status": "eligible", "milestone": last[0], "due": last[1], "round": input.round} if {
	count(reached) > 0
	last := reached[count(reached) - 1]
} else := {"status": "not-due", "milestone": 0, "due": 0, "round": 0} if {
	count(dues) == 0
} else := {"status": "not-due", "milestone": dues[0][0], "due": dues[0][1], "round": next_round(dues[0][1])}
