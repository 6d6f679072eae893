/*
 * embedded.h — files from data/ compiled into the binary by the Makefile,
 * so an installed notulist needs nothing beside itself.
 */
#ifndef NOTULIST_EMBEDDED_H
#define NOTULIST_EMBEDDED_H

#include <stddef.h>

struct embedded_file {
	const char *name;           /* path relative to the source tree */
	const unsigned char *data;  /* NUL-terminated */
	size_t size;                /* without the NUL */
};

extern const struct embedded_file embedded_files[]; /* ends with name NULL */

const struct embedded_file *embedded_find(const char *name);

#endif
