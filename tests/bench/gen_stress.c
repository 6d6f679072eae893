/*
 * gen_stress.c — builds the stress database of `make bench` through the
 * core API, the way years of use would have filled it: 50 municipalities,
 * 5,000 people who join and leave over 22 years, 2,000 meetings and
 * exactly 1,000,000 attendance events.
 *
 *   gen_stress [--baseline] [--seed N] [--meetings N] FILE
 *
 * --meetings N (default 2,000) makes a smaller history that ends the same
 * way: N meetings of 500 events each, the last on the same day, with
 * the same first cohort and newcomers at the same rate (so about as many
 * members at the end).  `make bench`'s growth table compares 20, 200 and 2,000
 * meetings (10k, 100k and 1M events): each holds the same 18 meetings of
 * 2026 with the same number of events.
 *
 * Invariants the benchmarks rely on:
 *  - deterministic: the same seed gives the same database (the PRNG is our
 *    own, and nothing in the output depends on the clock);
 *  - every event sequence is one the rules accept — per person and meeting
 *    a prefix of: [excused], in, [in, undo of it], out, in, out —
 *    so the log replays as the program itself would have written it;
 *  - the last meeting (BENCH_TODAY, see tests/bench/run) stays open, with
 *    every event before 21:00, so check-ins at 21:00 and later are valid;
 *  - --baseline writes the same open meeting with the same events and the
 *    same current members, but nothing of the past: no former members, no
 *    earlier meetings.  Start-up on the stress database is compared with
 *    it, so the ratio shows what history costs and nothing else.
 *
 * The bulk of the events go through store_attendance_insert (no
 * validation, one statement each) inside one transaction per meeting:
 * validating a million events one by one through attendance_record would
 * replay each meeting's log per event and take hours, and is not what is
 * being measured.  Members, meetings, opening and closing use the public
 * core functions, nested in that same transaction.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "meetings.h"
#include "members.h"
#include "model.h"
#include "nl_error.h"
#include "store.h"
#include "store_attendance.h"

#define N_MUNICIPALITIES 50
#define N_PEOPLE 5000
#define N_PERMANENT 5          /* chair, secretary, three officials */
#define N_FIRST_COHORT 350     /* members before the first meeting */
#define N_MEETINGS 2000
#define EVENTS_PER_MEETING 500 /* 2,000 × 500 = 1,000,000 */
#define DAYS_BETWEEN 4         /* meetings every 4 days: 22 years */
#define TENURE_MIN 320         /* days a member stays */
#define TENURE_MAX 880
#define STAYS (-1)             /* leave day of a current member */

static const struct nl_date last_meeting_date = {2026, 3, 10};

/* ---- the PRNG (splitmix64: small, good enough, ours) ------------------- */

static uint64_t prng_state;

static uint64_t next_random(void)
{
	uint64_t z = (prng_state += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

/* A number in lo..hi (inclusive). */
static int rand_between(int lo, int hi)
{
	return lo + (int)(next_random() % (uint64_t)(hi - lo + 1));
}

/* ---- names --------------------------------------------------------------- */

static const char *const first_names[50] = {
	"Anna", "Bram", "Carla", "Daan", "Emma", "Fatima", "Gerrit", "Hanneke",
	"Ilse", "Jan", "Kees", "Lotte", "Mohamed", "Noor", "Ömer", "Petra",
	"Quinten", "Ria", "Sanne", "Thijs", "Ursula", "Vera", "Willem",
	"Xander", "Yara", "Zoë", "Aïsha", "Bart", "Chantal", "Dirk", "Esra",
	"Femke", "Gijs", "Hatice", "Irene", "Joost", "Karin", "Leon", "Marieke",
	"Nadia", "Olga", "Pieter", "Rachid", "Sevgi", "Tom", "Ufuk", "Wendy",
	"Yusuf", "Zeynep", "René",
};

static const char *const last_names[100] = {
	"de Vries", "Jansen", "de Jong", "Bakker", "Visser", "Smit", "Meijer",
	"de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
	"van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
	"de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs",
	"de Haan", "Vermeulen", "van den Berg", "van der Heijden", "Schouten",
	"van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas",
	"Verhoeven", "Koster", "van Dam", "van der Wal", "Prins", "Blom",
	"Huisman", "Peeters", "de Bruijn", "van Dijk", "Kuipers", "Postma",
	"Yılmaz", "Kaya", "Öztürk", "El Amrani", "Bouzid", "Çelik", "Şahin",
	"Benali", "Ramdin", "Sewnath", "Martínez", "Nguyen", "Kowalski",
	"Nowak", "Müller", "Schröder", "Lefèvre", "Gonçalves", "Ferreira",
	"Doğan", "Aydın", "Boukhari", "Ait Said", "Tahiri", "Hoogland",
	"Verbeek", "Lammers", "Molenaar", "Scholten", "Post", "Kramer",
	"van Wijk", "Timmermans", "Groen", "Gerritsen", "Bosman", "Koning",
	"van Leeuwen-Bakker", "Sluiter", "Wolters", "Evers", "Bijl", "Pool",
	"Kuiper", "Veenstra", "Zijlstra", "Terpstra", "Hofman", "Stam",
	"Wouters", "Rutten", "Claassen",
};

static const char *const municipality_names[N_MUNICIPALITIES] = {
	"Capelle aan den IJssel", "Krimpen aan den IJssel", "Zuidplas",
	"Alblasserdam", "Albrandswaard", "Barendrecht", "Brielle",
	"Dordrecht", "Gorinchem", "Goeree-Overflakkee", "Gouda",
	"Hardinxveld-Giessendam", "Hendrik-Ido-Ambacht", "Hellevoetsluis",
	"Hoeksche Waard", "Krimpenerwaard", "Lansingerland", "Leiden",
	"Maassluis", "Molenlanden", "Nissewaard", "Papendrecht", "Ridderkerk",
	"Rotterdam", "Schiedam", "Sliedrecht", "Vlaardingen", "Waddinxveen",
	"Westvoorne", "Zwijndrecht", "Alphen aan den Rijn", "Bodegraven-Reeuwijk",
	"Delft", "Den Haag", "Gooise Meren", "Haarlem", "Katwijk", "Leidschendam-Voorburg",
	"Midden-Delfland", "Nieuwkoop", "Noordwijk", "Oegstgeest", "Pijnacker-Nootdorp",
	"Rijswijk", "Teylingen", "Voorschoten", "Wassenaar", "Westland",
	"Zoetermeer", "Kaag en Braassem",
};

/* ---- the plan: who is a member when ------------------------------------- */

struct member_plan {
	int join_day;          /* day number (nl_days_from_civil) */
	int leave_day;         /* STAYS: still a member at the end */
	int municipality;      /* index, -1: none */
	enum role role;
	int64_t id;            /* in the database; 0: not written */
};

struct generator {
	struct store *store;
	bool baseline;
	int n_meetings;         /* N_MEETINGS, or --meetings */
	int n_people;           /* N_PEOPLE, fewer for fewer meetings */
	struct member_plan people[N_PEOPLE];
	int64_t municipality_ids[N_MUNICIPALITIES];
	int weights[N_MUNICIPALITIES];
	int weight_total;
	int *active;            /* indices of current members */
	int n_active;
	int first_day, last_day;
	long events;
	struct nl_error err;
};

static int pick_municipality(struct generator *g)
{
	int r = rand_between(0, g->weight_total - 1);
	for (int i = 0; i < N_MUNICIPALITIES; i++) {
		if (r < g->weights[i])
			return i;
		r -= g->weights[i];
	}
	return N_MUNICIPALITIES - 1;
}

static enum role pick_role(void)
{
	int r = rand_between(0, 99);
	if (r < 92)
		return ROLE_CLIENT;
	if (r < 97)
		return ROLE_REPRESENTATIVE;
	if (r < 99)
		return ROLE_ASD;
	return ROLE_GUEST;
}

/* Joins fall on the day after a meeting and leaves two days after it, so
 * a member is never half-expected at a meeting on the day they change. */
static int align(int day, int first_day, int offset)
{
	int k = (day - first_day) / DAYS_BETWEEN;
	return first_day + k * DAYS_BETWEEN + offset;
}

static void plan_member(struct generator *g, int i)
{
	struct member_plan *p = &g->people[i];
	static const enum role permanent[N_PERMANENT] = {
		ROLE_CHAIR, ROLE_SECRETARY, ROLE_OFFICIAL, ROLE_OFFICIAL,
		ROLE_OFFICIAL};
	int tenure;
	if (i < N_PERMANENT) {
		p->role = permanent[i];
		p->municipality = -1;
		p->join_day = g->first_day - 60;
		p->leave_day = STAYS;
		return;
	}
	p->role = pick_role();
	p->municipality = p->role == ROLE_GUEST ? -1 : pick_municipality(g);
	if (i < N_PERMANENT + N_FIRST_COHORT) {
		p->join_day = g->first_day - 30;
		tenure = rand_between(1, TENURE_MAX);
	} else {
		p->join_day = align(rand_between(g->first_day, g->last_day - 1),
				    g->first_day, 1);
		tenure = rand_between(TENURE_MIN, TENURE_MAX);
	}
	p->leave_day = align(p->join_day + tenure, g->first_day, 2);
	if (p->leave_day >= g->last_day)
		p->leave_day = STAYS;
}

static void plan(struct generator *g)
{
	g->last_day = (int)nl_days_from_civil(last_meeting_date);
	g->first_day = g->last_day - (g->n_meetings - 1) * DAYS_BETWEEN;
	for (int i = 0; i < N_MUNICIPALITIES; i++) {
		g->weights[i] = rand_between(1, 12);
		g->weight_total += g->weights[i];
	}
	for (int i = 0; i < g->n_people; i++)
		plan_member(g, i);
}

/* ---- writing members ---------------------------------------------------- */

static nl_time day_at(int day, int minute)
{
	return nl_time_from(nl_civil_from_days(day), minute);
}

static bool check(struct generator *g, enum nl_status status, const char *what)
{
	if (status == NL_OK)
		return true;
	fprintf(stderr, "gen_stress: %s: %s\n", what, g->err.message);
	return false;
}

static bool add_municipalities(struct generator *g)
{
	nl_time when = day_at(g->first_day - 90, 9 * 60);
	for (int i = 0; i < N_MUNICIPALITIES; i++)
		if (!check(g, municipality_add(g->store, municipality_names[i],
					       g->weights[i], when,
					       &g->municipality_ids[i], &g->err),
			   "municipality add"))
			return false;
	return true;
}

/* The baseline holds only the members still there at the end. */
static bool written(const struct generator *g, const struct member_plan *p)
{
	return !g->baseline || p->leave_day == STAYS;
}

static bool join(struct generator *g, int i)
{
	struct member_plan *p = &g->people[i];
	char name[NL_NAME_SIZE], municipality[24], email[64], phone[24];
	struct member_input in = {.name = name, .role = p->role};
	snprintf(name, sizeof name, "%s %s", first_names[i % 50],
		 last_names[i / 50 % 100]);
	if (p->municipality >= 0) {
		snprintf(municipality, sizeof municipality, "%lld",
			 (long long)g->municipality_ids[p->municipality]);
		in.municipality = municipality;
	}
	/* Contact details for some, as a secretary would have them. */
	if (rand_between(0, 9) < 3) {
		snprintf(email, sizeof email, "lid%04d@example.org", i);
		in.email = email;
	}
	if (rand_between(0, 9) < 2) {
		snprintf(phone, sizeof phone, "06-%08d", rand_between(0, 99999999));
		in.phone = phone;
	}
	g->active[g->n_active++] = i;
	if (!written(g, p))
		return true;
	return check(g, member_add(g->store, &in, day_at(p->join_day, 10 * 60),
				   &p->id, &g->err), "member add");
}

static bool leave(struct generator *g, int slot)
{
	struct member_plan *p = &g->people[g->active[slot]];
	char ref[24];
	struct person out;
	g->active[slot] = g->active[--g->n_active];
	if (!written(g, p))
		return true;
	snprintf(ref, sizeof ref, "%lld", (long long)p->id);
	return check(g, member_set_active(g->store, ref, false,
					  day_at(p->leave_day, 10 * 60), &out,
					  &g->err), "member deactivate");
}

/* Brings membership up to the day of a meeting: joins first (in the order
 * planned), then leaves. */
static bool update_members(struct generator *g, int day, int *next_join)
{
	while (*next_join < g->n_people &&
	       g->people[*next_join].join_day <= day)
		if (!join(g, (*next_join)++))
			return false;
	for (int s = 0; s < g->n_active;) {
		const struct member_plan *p = &g->people[g->active[s]];
		if (p->leave_day != STAYS && p->leave_day <= day) {
			if (!leave(g, s))
				return false;
		} else {
			s++;
		}
	}
	return true;
}

static int compare_join(const void *pa, const void *pb)
{
	const struct member_plan *a = pa, *b = pb;
	return (a->join_day > b->join_day) - (a->join_day < b->join_day);
}

/* ---- attendance ---------------------------------------------------------- */

struct step {
	enum att_kind kind;
	int minute;             /* of the meeting's day */
	int second;
	bool undo_it;           /* followed at once by an undo of itself */
};

/* One person's evening: how many steps, written into s.  Past meetings run
 * until 22:00; the open one has nothing after 20:55. */
static int plan_evening(struct step *s, bool open)
{
	int leave_lo = open ? 20 * 60 + 15 : 21 * 60 + 15;
	int leave_hi = open ? 20 * 60 + 55 : 21 * 60 + 59;
	int n = 0, r = rand_between(0, 99);
	if (r < 12) {
		s[n++] = (struct step){ATT_EXCUSED, rand_between(9 * 60, 18 * 60),
				       rand_between(0, 59), false};
		if (rand_between(0, 4) > 0)
			return n;       /* excused and stayed away */
	}
	/* A mistaken check-in now and then, undone at once. */
	if (rand_between(0, 49) == 0)
		s[n++] = (struct step){ATT_IN, rand_between(19 * 60, 19 * 60 + 20),
				       rand_between(0, 59), true};
	s[n++] = (struct step){ATT_IN, rand_between(19 * 60, 19 * 60 + 45),
			       rand_between(0, 59), false};
	r = rand_between(0, 99);
	if (r < 8)
		return n;               /* still there at the close */
	if (r < 20) {
		s[n++] = (struct step){ATT_OUT, rand_between(19 * 60 + 50, 20 * 60),
				       rand_between(0, 59), false};
		s[n++] = (struct step){ATT_IN, rand_between(20 * 60 + 5, 20 * 60 + 10),
				       rand_between(0, 59), false};
	}
	s[n++] = (struct step){ATT_OUT, rand_between(leave_lo, leave_hi),
			       rand_between(0, 59), false};
	return n;
}

static bool insert_event(struct generator *g, int64_t meeting_id,
			 struct att_event *e, nl_time recorded)
{
	g->events++;
	if (g->baseline && meeting_id == 0)
		return true;
	return check(g, store_attendance_insert(g->store, meeting_id, e,
						recorded, &e->id, &g->err),
		     "attendance insert");
}

/* Writes one person's steps, at most *budget events; an undo counts as
 * one.  A prefix of a valid evening is itself valid. */
static bool write_evening(struct generator *g, int64_t meeting_id, int day,
			  int person, const struct step *s, int n, int *budget)
{
	for (int i = 0; i < n && *budget > 0; i++) {
		nl_time at = day_at(day, s[i].minute) + s[i].second;
		struct att_event e = {.person_id = g->people[person].id,
				      .kind = s[i].kind, .at = at};
		(*budget)--;
		if (!insert_event(g, meeting_id, &e, at))
			return false;
		if (!s[i].undo_it || *budget == 0)
			continue;
		struct att_event undo = {.person_id = e.person_id,
					 .kind = ATT_UNDO, .at = at + 30,
					 .target = e.id};
		(*budget)--;
		if (!insert_event(g, meeting_id, &undo, at + 30))
			return false;
	}
	return true;
}

/* Current members in a random order, then their evenings until the
 * meeting holds EVENTS_PER_MEETING events. */
static bool attendance(struct generator *g, int64_t meeting_id, int day,
		       bool open)
{
	int order[N_PEOPLE], budget = EVENTS_PER_MEETING;
	memcpy(order, g->active, (size_t)g->n_active * sizeof *order);
	for (int i = g->n_active - 1; i > 0; i--) {
		int j = rand_between(0, i), t = order[i];
		order[i] = order[j];
		order[j] = t;
	}
	for (int i = 0; i < g->n_active && budget > 0; i++) {
		struct step steps[8];
		if (rand_between(0, 9) == 0)
			continue;       /* absent without notice */
		int n = plan_evening(steps, open);
		if (!write_evening(g, meeting_id, day, order[i], steps, n,
				   &budget))
			return false;
	}
	if (budget > 0)
		fprintf(stderr, "gen_stress: warning: meeting on day %d has "
				"only %d events\n", day,
			EVENTS_PER_MEETING - budget);
	return true;
}

/* ---- meetings ------------------------------------------------------------ */

static bool hold_meeting(struct generator *g, int k, int day)
{
	bool open = k == g->n_meetings - 1;
	bool write = !g->baseline || open;
	struct meeting_input in = {.date = nl_civil_from_days(day),
				   .start_minute = 19 * 60 + 30,
				   .location = "Raadzaal"};
	struct meeting m;
	int64_t id = 0;
	if (write && !check(g, meeting_add(g->store, &in, day_at(day - 14, 10 * 60),
					   &id, &g->err), "meeting add"))
		return false;
	if (write && !check(g, meeting_open(g->store, id, day_at(day, 18 * 60 + 45),
					    &m, &g->err), "meeting open"))
		return false;
	if (!attendance(g, id, day, open))
		return false;
	if (!write || open)
		return true;
	return check(g, meeting_close(g->store, id, day_at(day, 22 * 60),
				      day_at(day, 22 * 60), &m, &g->err),
		     "meeting close");
}

/* One transaction per meeting, with the membership changes before it. */
static bool run_period(struct generator *g, int k, int *next_join)
{
	int day = g->first_day + k * DAYS_BETWEEN;
	enum nl_status status = store_begin_write(g->store, &g->err);
	if (!check(g, status, "begin"))
		return false;
	bool ok = update_members(g, day, next_join) && hold_meeting(g, k, day);
	status = store_finish(g->store, ok ? NL_OK : NL_ERR_DB, &g->err);
	return ok && check(g, status, "commit");
}

static bool generate(struct generator *g)
{
	int next_join = 0;
	plan(g);
	/* Ids follow joining order, as they would in real use. */
	qsort(g->people, (size_t)g->n_people, sizeof *g->people, compare_join);
	if (!add_municipalities(g))
		return false;
	for (int k = 0; k < g->n_meetings; k++) {
		if (!run_period(g, k, &next_join))
			return false;
		if (k % 200 == 199)
			fprintf(stderr, "gen_stress: %d meetings, %ld events\n",
				k + 1, g->events);
	}
	return true;
}

/* A half-written earlier attempt must not be reused: the file and its
 * -wal and -shm go. */
static bool remove_database(const char *path)
{
	static const char *const suffixes[] = {"", "-wal", "-shm"};
	for (size_t i = 0; i < 3; i++) {
		char name[4200];
		snprintf(name, sizeof name, "%s%s", path, suffixes[i]);
		if (remove(name) != 0 && errno != ENOENT) {
			fprintf(stderr, "gen_stress: %s: %s\n", name,
				strerror(errno));
			return false;
		}
	}
	return true;
}

static int usage(void)
{
	fprintf(stderr, "usage: gen_stress [--baseline] [--seed N] "
			"[--meetings N] FILE\n");
	return 2;
}

int main(int argc, char **argv)
{
	static struct generator g;
	const char *path = NULL;
	prng_state = 20260310;
	g.n_meetings = N_MEETINGS;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--baseline") == 0)
			g.baseline = true;
		else if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc)
			prng_state = strtoull(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--meetings") == 0 && i + 1 < argc)
			g.n_meetings = atoi(argv[++i]);
		else if (argv[i][0] != '-' && !path)
			path = argv[i];
		else
			return usage();
	}
	if (!path || g.n_meetings < 2 || g.n_meetings > N_MEETINGS)
		return usage();
	g.n_people = N_PERMANENT + N_FIRST_COHORT +
		     (int)((long)(N_PEOPLE - N_PERMANENT - N_FIRST_COHORT) *
			   g.n_meetings / N_MEETINGS);
	if (!remove_database(path))
		return 1;
	g.active = calloc(N_PEOPLE, sizeof *g.active);
	nl_error_clear(&g.err);
	if (!g.active ||
	    !check(&g, store_open(path, &g.store, NULL, &g.err), "open"))
		return 1;
	clock_t start = clock();
	bool ok = generate(&g);
	store_close(g.store);
	free(g.active);
	if (!ok)
		return 1;
	fprintf(stderr, "gen_stress: %s: %d people, %d meetings, %ld events "
			"(%.1f s CPU)\n", path, g.n_people, g.n_meetings, g.events,
		(double)(clock() - start) / CLOCKS_PER_SEC);
	return 0;
}
