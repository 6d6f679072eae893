/*
 * widget_list.c — cursor and scrolling for every list on screen.  Rows the
 * owner marks unselectable (group headings) are skipped by the cursor but
 * still scrolled into view, so a heading stays visible above its first row.
 */
#include "tui_internal.h"

static bool can_select(const struct list_widget *list, int row)
{
	return row >= 0 && row < list->count &&
	       (!list->selectable || list->selectable(list->ctx, row));
}

void list_scroll_into_view(struct list_widget *list)
{
	int height = list->height > 0 ? list->height : 1;
	if (list->selected < list->top)
		list->top = list->selected;
	/* Show the heading just above the cursor when there is one. */
	if (list->selected > 0 && list->selected - 1 < list->top &&
	    !can_select(list, list->selected - 1))
		list->top = list->selected - 1;
	if (list->selected >= list->top + height)
		list->top = list->selected - height + 1;
	int max_top = list->count - height;
	if (list->top > max_top)
		list->top = max_top;
	if (list->top < 0)
		list->top = 0;
}

/* Moves from `row` in steps of `step` to the nearest selectable row;
 * stays put when there is none that way. */
static void move_to(struct list_widget *list, int row, int step)
{
	if (row < 0)
		row = 0;
	if (row >= list->count)
		row = list->count - 1;
	for (int r = row; r >= 0 && r < list->count; r += step) {
		if (can_select(list, r)) {
			list->selected = r;
			list_scroll_into_view(list);
			return;
		}
	}
	for (int r = row; r >= 0 && r < list->count; r -= step) {
		if (can_select(list, r)) {
			list->selected = r;
			list_scroll_into_view(list);
			return;
		}
	}
}

void list_select(struct list_widget *list, int row)
{
	move_to(list, row, 1);
}

void list_set(struct list_widget *list, int count, int height)
{
	list->count = count;
	list->height = height;
	if (count == 0) {
		list->selected = list->top = 0;
		return;
	}
	move_to(list, list->selected, 1);
}

bool list_handle_key(struct list_widget *list, struct key key)
{
	int page = list->height > 1 ? list->height - 1 : 1;
	if (list->count == 0)
		return false;
	if (key.function) {
		switch (key.code) {
		case KEY_UP: move_to(list, list->selected - 1, -1); return true;
		case KEY_DOWN: move_to(list, list->selected + 1, 1); return true;
		case KEY_PPAGE: move_to(list, list->selected - page, -1); return true;
		case KEY_NPAGE: move_to(list, list->selected + page, 1); return true;
		case KEY_HOME: move_to(list, 0, 1); return true;
		case KEY_END: move_to(list, list->count - 1, -1); return true;
		default: return false;
		}
	}
	switch (key.code) {
	case 'k': move_to(list, list->selected - 1, -1); return true;
	case 'j': move_to(list, list->selected + 1, 1); return true;
	default: return false;
	}
}
