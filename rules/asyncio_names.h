/* Qualified-name tables shared by several rules (canonical names, see semantic.h). */
#ifndef LOOPLINT_ASYNCIO_NAMES_H
#define LOOPLINT_ASYNCIO_NAMES_H

/* Loop-bound synchronisation primitives and futures (ASYNCIO_FACTS B1, B3, B4). */
extern const char *const ASYNCIO_PRIMITIVES[];

#endif
