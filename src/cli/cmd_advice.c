/*
 * cmd_advice.c — `notulist advice add|answer|list|edit|remove`: the
 * register of advice
 * the client body gave, and the municipality's answers.  The list judges
 * on today: OVERDUE is an answer still missing after its due date, LATE
 * one that came after it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "advice.h"
#include "cli.h"
#include "cli_record.h"
#include "i18n.h"
#include "meetings.h"
#include "record_rules.h"
#include "text.h"
#include "text_show.h"

/* --kind of `advice add` or `advice edit`; NULL leaves *kind. */
static bool read_kind(const char *text, enum advice_kind *kind,
		      struct nl_error *err)
{
	if (!text || advice_kind_parse(text, kind))
		return true;
	nl_fail(err, NL_ERR_USAGE,
		_("unknown kind \"%s\" (solicited, unsolicited)"),
		QUOTED(text));
	return false;
}

/* --meeting: the meeting the advice came from ("-": none, for an edit). */
static bool read_meeting(struct store *store, const struct cmd_args *args,
			 int64_t *meeting_id, struct nl_error *err)
{
	struct meeting meeting;
	const char *ref = cli_opt(args, "meeting");
	if (!ref)
		return true;
	if (strcmp(ref, "-") == 0) {
		*meeting_id = ADVICE_NO_MEETING;
		return true;
	}
	enum nl_status status = meeting_resolve(store, ref, &meeting, err);
	if (status == NL_ERR_INVALID) /* --meeting abc */
		cli_option_failed(err);
	if (status != NL_OK)
		return false;
	*meeting_id = meeting.id;
	return true;
}

static int exec_add(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct advice added;
	struct advice_input in = {ADVICE_SOLICITED, args->arg[0], {0, 0, 0},
				  {0, 0, 0}, 0};
	const char *kind = cli_opt(args, "kind");
	char due[NL_DATE_LEN];
	nl_error_clear(&err);
	if (!kind)
		return cli_usage_error(args->entry, "%s",
				       _("say which kind: --kind solicited or "
					 "--kind unsolicited"));
	if (!read_kind(kind, &in.kind, &err))
		return cli_report(cli, &err);
	if (!cli_parse_date_option(args, "sent", &in.sent_on, &err) ||
	    !cli_parse_date_option(args, "due", &in.response_due, &err))
		return cli_report(cli, &err);
	struct store *store = cli_store(cli, &err);
	if (!store || !read_meeting(store, args, &in.meeting_id, &err))
		return cli_report(cli, &err);
	if (in.meeting_id == ADVICE_NO_MEETING) /* --meeting -: none */
		in.meeting_id = 0;
	if (advice_add(store, &in, cli_now(cli), &added, &err) != NL_OK)
		return cli_report(cli, &err);
	nl_format_date(added.response_due, due);
	printf(_("Added advice %lld (%s): %s; answer due %s\n"),
	       (long long)added.id, advice_kind_label(added.kind),
	       cli_show(added.subject), due);
	return EXIT_OK;
}

static int exec_answer(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct advice a;
	struct nl_date on;
	int64_t id;
	char when[NL_DATE_LEN];
	nl_error_clear(&err);
	if (!cli_parse_record_id(args->arg[0], &id, &err) ||
	    !cli_parse_date_option(args, "on", &on, &err))
		return cli_report(cli, &err);
	struct store *store = cli_store(cli, &err);
	if (!store || advice_answer(store, id, on, args->arg[1],
				    cli_flag(args, "replace"), cli_now(cli), &a,
				    &err) != NL_OK)
		return cli_report(cli, &err);
	nl_format_date(a.answered_on, when);
	int late = advice_days_late(&a, a.answered_on);
	if (late > 0)
		printf(ngettext("Recorded the answer to advice %lld, received "
				"%s (%d day late)\n",
				"Recorded the answer to advice %lld, received "
				"%s (%d days late)\n", (unsigned long)late),
		       (long long)a.id, when, late);
	else
		printf(_("Recorded the answer to advice %lld, received %s (in "
			 "time)\n"), (long long)a.id, when);
	return EXIT_OK;
}

/* Fields not given stay as they are; a new sent date keeps the due date
 * (the edit is refused when that would come before it). */
static int exec_edit(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct advice a;
	struct nl_date sent, due;
	enum advice_kind new_kind = ADVICE_SOLICITED;
	int64_t id;
	const char *subject = cli_opt(args, "subject"),
		   *kind = cli_opt(args, "kind");
	nl_error_clear(&err);
	if (!cli_parse_record_id(args->arg[0], &id, &err) ||
	    !read_kind(kind, &new_kind, &err) ||
	    !cli_parse_date_option(args, "sent", &sent, &err) ||
	    !cli_parse_date_option(args, "due", &due, &err))
		return cli_report(cli, &err);
	if (!subject && !kind && !sent.year && !due.year &&
	    !cli_opt(args, "meeting"))
		return cli_usage_error(args->entry, "%s",
				       _("say what to change: --subject, --kind, "
					 "--sent, --due or --meeting"));
	struct store *store = cli_store(cli, &err);
	if (!store || advice_get(store, id, &a, &err) != NL_OK)
		return cli_report(cli, &err);
	struct advice_input in = {kind ? new_kind : a.kind,
				  subject ? subject : a.subject,
				  sent.year ? sent : a.sent_on,
				  due.year ? due : a.response_due, 0};
	if (!read_meeting(store, args, &in.meeting_id, &err) ||
	    advice_edit(store, id, &in, cli_now(cli), &a, &err) != NL_OK)
		return cli_report(cli, &err);
	char on[NL_DATE_LEN], by[NL_DATE_LEN];
	nl_format_date(a.sent_on, on);
	nl_format_date(a.response_due, by);
	printf(_("Changed advice %lld (%s, sent %s, answer due %s): %s\n"),
	       (long long)a.id, advice_kind_label(a.kind), on, by,
	       cli_show(a.subject));
	return EXIT_OK;
}

static int exec_remove(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct advice a;
	int64_t id;
	nl_error_clear(&err);
	if (!cli_parse_record_id(args->arg[0], &id, &err))
		return cli_report(cli, &err);
	struct store *store = cli_store(cli, &err);
	/* Read first, so the message can say what went. */
	if (!store || advice_get(store, id, &a, &err) != NL_OK ||
	    advice_remove(store, id, &err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("Removed advice %lld: %s\n"), (long long)a.id,
	       cli_show(a.subject));
	return EXIT_OK;
}

static const char *alert(const struct advice *a, struct nl_date today)
{
	if (advice_overdue_on(a, today))
		return _("OVERDUE");
	if (advice_answered_by(a, today) && advice_answered_late(a))
		return _("LATE");
	return "-";
}

/* At least 8, so English output keeps its columns; wider when the
 * language's words are longer ("ACHTERSTALLIG"). */
static int alert_cols(void)
{
	const char *words[] = {_("ALERT"), _("OVERDUE"), _("LATE")};
	int cols = 8;
	for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
		int w = text_display_width(words[i]);
		cols = w > cols ? w : cols;
	}
	return cols;
}

static int exec_list(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct advice *all;
	size_t n;
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store || advice_list(store, cli_flag(args, "open"), &all, &n,
				  &err) != NL_OK)
		return cli_report(cli, &err);
	struct nl_date today = nl_time_date(cli_now(cli));
	cli_print_cell(stdout, "ID", 5);
	cli_print_cell(stdout, _("KIND"), 12);
	cli_print_cell(stdout, _("SENT"), 10);
	cli_print_cell(stdout, _("DUE"), 10);
	cli_print_cell(stdout, _("ANSWERED"), 10);
	cli_print_cell(stdout, _("ALERT"), alert_cols());
	printf("%s\n", _("SUBJECT"));
	for (size_t i = 0; i < n; i++) {
		const struct advice *a = &all[i];
		char id[24], sent[NL_DATE_LEN], due[NL_DATE_LEN],
			answered[NL_DATE_LEN];
		snprintf(id, sizeof id, "%lld", (long long)a->id);
		nl_format_date(a->sent_on, sent);
		nl_format_date(a->response_due, due);
		cli_format_date_or_dash(a->answered_on, answered);
		cli_print_cell(stdout, id, 5);
		cli_print_cell(stdout, advice_kind_label(a->kind), 12);
		cli_print_cell(stdout, sent, 10);
		cli_print_cell(stdout, due, 10);
		cli_print_cell(stdout, answered, 10);
		cli_print_cell(stdout, alert(a, today), alert_cols());
		printf("%s\n", cli_show(a->subject));
	}
	free(all);
	return EXIT_OK;
}

const struct cmd_entry cmd_advice_add_entry = {
	.group = "advice",
	.name = "add",
	.synopsis = "SUBJECT --kind solicited|unsolicited [--sent YYYY-MM-DD] "
		"[--due YYYY-MM-DD] [--meeting MEETING]",
	.summary = N_("register an advice sent to the municipality (sent default today; "
		"answer due default sent + advice_response_weeks)"),
	.min_args = 1,
	.max_args = 1,
	.options = {{"kind", 'k', true}, {"sent", 0, true}, {"due", 0, true},
		    {"meeting", 'm', true}},
	.creates_database = true,
	.exec = exec_add,
};

const struct cmd_entry cmd_advice_answer_entry = {
	.group = "advice",
	.name = "answer",
	.synopsis = "ID [--on YYYY-MM-DD] TEXT [--replace]",
	.summary = N_("record the municipality's answer and its summary (on default "
		"today; --replace changes a recorded answer)"),
	.min_args = 2,
	.max_args = 2,
	.options = {{"on", 0, true}, {"replace", 0, false}},
	.exec = exec_answer,
};

const struct cmd_entry cmd_advice_list_entry = {
	.group = "advice",
	.name = "list",
	.synopsis = "[--open]",
	.summary = N_("list the advice register; --open: only advice without an answer"),
	.min_args = 0,
	.max_args = 0,
	.options = {{"open", 0, false}},
	.exec = exec_list,
};

const struct cmd_entry cmd_advice_edit_entry = {
	.group = "advice",
	.name = "edit",
	.synopsis = "ID [--subject S] [--kind solicited|unsolicited] "
		"[--sent YYYY-MM-DD] [--due YYYY-MM-DD] [--meeting MEETING|-]",
	.summary = N_("correct an advice; what is not given stays (a new sent date "
		"keeps the due date)"),
	.min_args = 1,
	.max_args = 1,
	.options = {{"subject", 's', true}, {"kind", 'k', true}, {"sent", 0, true},
		    {"due", 0, true}, {"meeting", 'm', true}},
	.exec = exec_edit,
};

const struct cmd_entry cmd_advice_remove_entry = {
	.group = "advice",
	.name = "remove",
	.synopsis = "ID",
	.summary = N_("remove an advice entered by mistake, with its answer"),
	.min_args = 1,
	.max_args = 1,
	.exec = exec_remove,
};
