/*
 * cmd_table.c — every command notulist knows, in the order --help lists
 * them.  A new command is one entry in its own cmd_*.c and one line here.
 */
#include <stddef.h>

#include "cli.h"

extern const struct cmd_entry cmd_init_entry;
extern const struct cmd_entry cmd_municipality_add_entry;
extern const struct cmd_entry cmd_municipality_list_entry;
extern const struct cmd_entry cmd_member_add_entry;
extern const struct cmd_entry cmd_member_list_entry;
extern const struct cmd_entry cmd_member_deactivate_entry;
extern const struct cmd_entry cmd_member_activate_entry;
extern const struct cmd_entry cmd_member_erase_entry;
extern const struct cmd_entry cmd_import_members_entry;
extern const struct cmd_entry cmd_meeting_add_entry;
extern const struct cmd_entry cmd_meeting_list_entry;
extern const struct cmd_entry cmd_meeting_open_entry;
extern const struct cmd_entry cmd_meeting_close_entry;
extern const struct cmd_entry cmd_meeting_approve_entry;
extern const struct cmd_entry cmd_checkin_entry;
extern const struct cmd_entry cmd_checkout_entry;
extern const struct cmd_entry cmd_excuse_entry;
extern const struct cmd_entry cmd_undo_entry;
extern const struct cmd_entry cmd_status_entry;
extern const struct cmd_entry cmd_agenda_add_entry;
extern const struct cmd_entry cmd_agenda_list_entry;
extern const struct cmd_entry cmd_agenda_show_entry;
extern const struct cmd_entry cmd_agenda_edit_entry;
extern const struct cmd_entry cmd_agenda_move_entry;
extern const struct cmd_entry cmd_agenda_remove_entry;
extern const struct cmd_entry cmd_agenda_current_entry;
extern const struct cmd_entry cmd_agenda_status_entry;
extern const struct cmd_entry cmd_agenda_note_entry;
extern const struct cmd_entry cmd_agenda_decide_entry;
extern const struct cmd_entry cmd_agenda_defer_entry;
extern const struct cmd_entry cmd_action_add_entry;
extern const struct cmd_entry cmd_action_list_entry;
extern const struct cmd_entry cmd_action_done_entry;
extern const struct cmd_entry cmd_action_drop_entry;
extern const struct cmd_entry cmd_action_reopen_entry;
extern const struct cmd_entry cmd_advice_add_entry;
extern const struct cmd_entry cmd_advice_answer_entry;
extern const struct cmd_entry cmd_advice_list_entry;
extern const struct cmd_entry cmd_minutes_entry;
extern const struct cmd_entry cmd_check_entry;
extern const struct cmd_entry cmd_report_entry;
extern const struct cmd_entry cmd_export_attendance_entry;
extern const struct cmd_entry cmd_export_quorum_entry;
extern const struct cmd_entry cmd_export_actions_entry;
extern const struct cmd_entry cmd_backup_entry;
extern const struct cmd_entry cmd_config_list_entry;
extern const struct cmd_entry cmd_config_get_entry;
extern const struct cmd_entry cmd_config_set_entry;
extern const struct cmd_entry cmd_config_reset_entry;
extern const struct cmd_entry cmd_complete_entry;

const struct cmd_entry *const cli_commands[] = {
	&cmd_init_entry,
	&cmd_municipality_add_entry,
	&cmd_municipality_list_entry,
	&cmd_member_add_entry,
	&cmd_member_list_entry,
	&cmd_member_deactivate_entry,
	&cmd_member_activate_entry,
	&cmd_member_erase_entry,
	&cmd_import_members_entry,
	&cmd_meeting_add_entry,
	&cmd_meeting_list_entry,
	&cmd_meeting_open_entry,
	&cmd_meeting_close_entry,
	&cmd_meeting_approve_entry,
	&cmd_checkin_entry,
	&cmd_checkout_entry,
	&cmd_excuse_entry,
	&cmd_undo_entry,
	&cmd_status_entry,
	&cmd_agenda_add_entry,
	&cmd_agenda_list_entry,
	&cmd_agenda_show_entry,
	&cmd_agenda_edit_entry,
	&cmd_agenda_move_entry,
	&cmd_agenda_remove_entry,
	&cmd_agenda_current_entry,
	&cmd_agenda_status_entry,
	&cmd_agenda_note_entry,
	&cmd_agenda_decide_entry,
	&cmd_agenda_defer_entry,
	&cmd_action_add_entry,
	&cmd_action_list_entry,
	&cmd_action_done_entry,
	&cmd_action_drop_entry,
	&cmd_action_reopen_entry,
	&cmd_advice_add_entry,
	&cmd_advice_answer_entry,
	&cmd_advice_list_entry,
	&cmd_minutes_entry,
	&cmd_check_entry,
	&cmd_report_entry,
	&cmd_export_attendance_entry,
	&cmd_export_quorum_entry,
	&cmd_export_actions_entry,
	&cmd_backup_entry,
	&cmd_config_list_entry,
	&cmd_config_get_entry,
	&cmd_config_set_entry,
	&cmd_config_reset_entry,
	&cmd_complete_entry,
	NULL,
};
